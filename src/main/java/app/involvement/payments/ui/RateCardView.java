package app.involvement.payments.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.Role;
import app.involvement.payments.PaymentNavigation;
import app.involvement.payments.RateCardInput;
import app.involvement.payments.RateCards;
import app.involvement.provider.ReferenceData;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * One rate card: the lead changes it, coordinators and finance read it. Another provider's card id is "not found",
 * exactly like an unknown id (and the refusal is audited by the service).
 */
@Route(PaymentNavigation.RATE_CARDS + "/:" + RateCardView.PARAMETER + "([0-9]{1,18})")
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR, Role.Names.FINANCE})
class RateCardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "rateCardId";

    private final RateCards rateCards;
    private final ReferenceData referenceData;
    private final boolean lead;
    private String title = "";

    RateCardView(RateCards rateCards, ReferenceData referenceData, CurrentUser currentUser) {
        this.rateCards = rateCards;
        this.referenceData = referenceData;
        this.lead = isLead(currentUser);
        addClassName("rate-card-page");
    }

    static boolean isLead(CurrentUser currentUser) {
        return currentUser.get().flatMap(u -> u.currentRole()).filter(Role.LEAD::equals).isPresent();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong(PARAMETER).orElseThrow(NotFoundException::new);
        try {
            show(id, rateCards.get(id));
        } catch (AccessDeniedException notThisProvidersCard) {
            throw new NotFoundException();
        }
    }

    private void show(Long id, RateCardInput card) {
        removeAll();
        title = getTranslation("rate-card.page-title", UkFormats.date(card.effectiveFrom(), getLocale()));
        var form = new RateCardForm(referenceData.activityTypes());
        form.fill(card, true);
        add(new RouterLink(getTranslation("rate-card.back"), RateCardListView.class));
        if (lead) {
            var save = new Button(getTranslation("rate-card.save"), e -> save(id, form));
            save.setId("rate-card-save");
            save.addThemeVariants(ButtonVariant.PRIMARY);
            add(new PageHeader(title, getTranslation("rate-card.edit.lead")), form, save);
        } else {
            form.setReadOnly(true);
            add(new PageHeader(title, getTranslation("rate-card.read-only")), form);
        }
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private void save(Long id, RateCardForm form) {
        form.read().ifPresent(input -> {
            try {
                rateCards.update(id, input);
                Notices.success(getTranslation("rate-card.saved"));
                show(id, rateCards.get(id));
            } catch (BusinessRuleException refused) {
                form.show(refused);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
