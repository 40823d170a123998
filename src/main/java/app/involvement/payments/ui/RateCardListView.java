package app.involvement.payments.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.Role;
import app.involvement.payments.PaymentNavigation;
import app.involvement.payments.RateCardSummary;
import app.involvement.payments.RateCards;
import app.involvement.shared.Money;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.EmptyState;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The provider's rate cards, newest first (a handful, at most {@link RateCards#MAX_CARDS}, in one query), each
 * linked to its page, and the payment settings. The lead adds cards and changes the settings; coordinators and
 * finance read them.
 */
@Route(PaymentNavigation.RATE_CARDS)
@Menu(title = "menu.rate-cards", order = 70)
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR, Role.Names.FINANCE})
class RateCardListView extends VerticalLayout implements HasDynamicTitle {

    private final LocalDate today;

    RateCardListView(RateCards rateCards, CurrentUser currentUser, Clock clock) {
        this.today = LocalDate.now(clock.withZone(UkFormats.UK_TIME));
        boolean lead = RateCardView.isLead(currentUser);
        if (lead) {
            var add = new Button(getTranslation("rate-card.add"), e -> getUI().ifPresent(ui -> ui.navigate(NewRateCardView.class)));
            add.setId("rate-card-add");
            add.addThemeVariants(ButtonVariant.PRIMARY);
            add(new PageHeader(getTranslation("rate-card.title"), getTranslation("rate-card.lead"), add));
        } else {
            add(new PageHeader(getTranslation("rate-card.title"), getTranslation("rate-card.lead.read-only")));
        }
        var cards = rateCards.list();
        if (cards.isEmpty()) {
            add(new EmptyState(getTranslation("rate-card.none"), getTranslation("rate-card.none.text")));
        } else {
            add(grid(cards));
        }
        add(new PaymentSettingsSection(rateCards, lead));
    }

    private Grid<RateCardSummary> grid(java.util.List<RateCardSummary> cards) {
        var grid = new Grid<RateCardSummary>();
        grid.addComponentColumn(c -> new RouterLink(UkFormats.date(c.effectiveFrom(), getLocale()), RateCardView.class,
                new RouteParameters(RateCardView.PARAMETER, String.valueOf(c.id()))))
                .setHeader(getTranslation("rate-card.column.from")).setAutoWidth(true);
        grid.addColumn(c -> c.effectiveTo() == null ? getTranslation("rate-card.open-ended")
                : UkFormats.date(c.effectiveTo(), getLocale())).setHeader(getTranslation("rate-card.column.to"))
                .setAutoWidth(true);
        grid.addColumn(this::status).setHeader(getTranslation("rate-card.column.status")).setAutoWidth(true);
        grid.addColumn(RateCardSummary::feeCount).setHeader(getTranslation("rate-card.column.fees")).setAutoWidth(true);
        grid.addColumn(c -> Money.format(c.mileagePencePerMile(), getLocale()))
                .setHeader(getTranslation("rate-card.column.mileage")).setAutoWidth(true);
        grid.addColumn(c -> c.updatedBy() == null ? "" : c.updatedBy())
                .setHeader(getTranslation("rate-card.column.updated-by")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setId("rate-card-grid");
        grid.setAriaLabel(getTranslation("rate-card.title"));
        grid.setAllRowsVisible(true);
        grid.setItems(cards);
        return grid;
    }

    private String status(RateCardSummary card) {
        if (card.effectiveFrom().isAfter(today)) {
            return getTranslation("rate-card.status.future");
        }
        boolean ended = card.effectiveTo() != null && card.effectiveTo().isBefore(today);
        return getTranslation(ended ? "rate-card.status.past" : "rate-card.status.current");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rate-card.title");
    }
}
