package app.involvement.payments.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.Role;
import app.involvement.payments.ClaimFilter;
import app.involvement.payments.ClaimRow;
import app.involvement.payments.ClaimStatus;
import app.involvement.payments.Claims;
import app.involvement.payments.PaymentNavigation;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Staff's list of the provider's claims, oldest submission first so none waits long: filtered by status (it opens
 * on the step the reader acts on) and to overdue ones, which are flagged in words as well as colour. A lazy grid.
 */
@Route(PaymentNavigation.CLAIMS)
@Menu(title = "menu.payment-claims", order = 23)
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR, Role.Names.FINANCE})
class ClaimListView extends VerticalLayout implements HasDynamicTitle {

    private final Claims claims;
    private final Select<Optional<ClaimStatus>> status = new Select<>();
    private final Checkbox overdueOnly = new Checkbox();
    private final Grid<ClaimRow> grid = new Grid<>();
    private final Span resultCount = new Span();

    ClaimListView(Claims claims, CurrentUser currentUser) {
        this.claims = claims;
        add(new PageHeader(getTranslation("claims.title"), getTranslation("claims.lead")));
        status.setLabel(getTranslation("claims.filter.status"));
        status.setItems(Stream.concat(Arrays.stream(ClaimStatus.values()).map(Optional::of),
                Stream.of(Optional.<ClaimStatus>empty())).toList());
        status.setItemLabelGenerator(s -> s.map(v -> ClaimTexts.status(this, v))
                .orElseGet(() -> getTranslation("claims.filter.all")));
        boolean finance = currentUser.require().currentRole().filter(Role.FINANCE::equals).isPresent();
        status.setValue(Optional.of(finance ? ClaimStatus.APPROVED : ClaimStatus.SUBMITTED));
        status.setId("claims-status-filter");
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        overdueOnly.setLabel(getTranslation("claims.filter.overdue"));
        overdueOnly.setId("claims-overdue-filter");
        overdueOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var filters = new Div(status, overdueOnly);
        filters.addClassName("filter-bar");

        // links and flags drawn in the browser from a few values per row: no server-side component per row (DD021)
        grid.addColumn(LitRenderer.<ClaimRow>of("<a router-link href=\"${item.href}\">${item.name}</a>")
                        .withProperty("name", ClaimRow::partnerName)
                        .withProperty("href", r -> PaymentNavigation.CLAIM + r.id()))
                .setHeader(getTranslation("claims.column.partner")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation("claims.session", r.sessionTitle(), UkFormats.date(r.heldOn(), getLocale())))
                .setHeader(getTranslation("claims.column.session")).setFlexGrow(2);
        grid.addColumn(LitRenderer.<ClaimRow>of("${item.status}${item.overdue ? html` <span class=\"claim-overdue\">"
                        + "${item.overdueText}</span>` : ''}")
                        .withProperty("status", r -> ClaimTexts.status(this, r.status()))
                        .withProperty("overdue", ClaimRow::overdue)
                        .withProperty("overdueText", r -> getTranslation("claims.overdue")))
                .setHeader(getTranslation("claims.column.status")).setFlexGrow(1);
        grid.addColumn(r -> ClaimTexts.money(this, r.totalPence())).setHeader(getTranslation("claims.column.total"));
        grid.addColumn(r -> UkFormats.date(r.submittedAt(), getLocale()))
                .setHeader(getTranslation("claims.column.submitted"));
        grid.addColumn(r -> UkFormats.date(r.dueBy(), getLocale())).setHeader(getTranslation("claims.column.due"));
        grid.setPartNameGenerator(r -> r.overdue() ? "claim-overdue-row" : null);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setId("claims-grid");
        grid.setAriaLabel(getTranslation("claims.title"));
        grid.setEmptyStateText(getTranslation("claims.empty"));
        grid.setItemsPageable(p -> claims.list(filter(), p), p -> showCount(claims.count(filter())));
        resultCount.addClassName("result-count");
        resultCount.getElement().setAttribute("role", "status");
        add(filters, resultCount, grid);
        setSizeFull();
    }

    private ClaimFilter filter() {
        ClaimStatus chosen = status.getValue() == null ? null : status.getValue().orElse(null);
        return new ClaimFilter(chosen, overdueOnly.getValue(), null);
    }

    /** The count query's answer, shown above the grid as well as used by it: no second count statement. */
    private long showCount(long count) {
        resultCount.setText(getTranslation("claims.count", count));
        return count;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("claims.title");
    }
}
