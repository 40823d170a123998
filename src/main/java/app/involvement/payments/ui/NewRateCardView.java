package app.involvement.payments.ui;

import app.involvement.identity.Role;
import app.involvement.payments.PaymentNavigation;
import app.involvement.payments.RateCardSummary;
import app.involvement.payments.RateCards;
import app.involvement.provider.ReferenceData;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * A new rate card for the lead, starting from the newest card's rates (a new year's card usually changes a few
 * amounts) and, when that card has an end, from the day after it.
 */
@Route(PaymentNavigation.RATE_CARDS + "/new")
@RolesAllowed(Role.Names.LEAD)
class NewRateCardView extends VerticalLayout implements HasDynamicTitle {

    NewRateCardView(RateCards rateCards, ReferenceData referenceData) {
        addClassName("rate-card-page");
        var form = new RateCardForm(referenceData.activityTypes());
        var newest = rateCards.list().stream().findFirst();
        newest.ifPresent(card -> {
            form.fill(rateCards.get(card.id()), false);
            if (card.effectiveTo() != null) {
                form.setStartDate(card.effectiveTo().plusDays(1));
            }
        });
        var save = new Button(getTranslation("rate-card.save"), e -> form.read().ifPresent(input -> {
            try {
                Long id = rateCards.create(input);
                Notices.success(getTranslation("rate-card.saved"));
                getUI().ifPresent(ui -> ui.navigate(RateCardView.class,
                        new RouteParameters(RateCardView.PARAMETER, String.valueOf(id))));
            } catch (BusinessRuleException refused) {
                form.show(refused);
            }
        }));
        save.setId("rate-card-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        String lead = newest.map(RateCardSummary::effectiveFrom)
                .map(from -> getTranslation("rate-card.new.lead.copied", UkFormats.date(from, getLocale())))
                .orElse(getTranslation("rate-card.new.lead"));
        add(new RouterLink(getTranslation("rate-card.back"), RateCardListView.class),
                new PageHeader(getTranslation("rate-card.new.title"), lead), form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rate-card.new.title");
    }
}
