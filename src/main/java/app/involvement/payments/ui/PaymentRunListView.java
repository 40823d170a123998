package app.involvement.payments.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.Role;
import app.involvement.payments.PaymentNavigation;
import app.involvement.payments.PaymentRuns;
import app.involvement.payments.RunRow;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Payment runs: finance chooses authorised claims and makes a run of them; everyone here sees the runs (a lazy
 * grid, newest first) and what was paid each month. The lead reads only.
 */
@Route(PaymentNavigation.RUNS)
@Menu(title = "menu.payment-runs", order = 72)
@RolesAllowed({Role.Names.FINANCE, Role.Names.LEAD})
class PaymentRunListView extends VerticalLayout implements HasDynamicTitle {

    private final Span resultCount = new Span();

    PaymentRunListView(PaymentRuns runs, CurrentUser currentUser) {
        boolean finance = currentUser.require().currentRole().orElseThrow() == Role.FINANCE;
        add(new PageHeader(getTranslation("runs.title"), getTranslation(finance ? "runs.lead" : "runs.lead.read")));
        if (finance) {
            add(new ReadyToPaySection(runs));
        }
        add(new H2(getTranslation("runs.list.title")), resultCount, runGrid(runs), new MonthlyTotalsSection(runs));
    }

    private Grid<RunRow> runGrid(PaymentRuns runs) {
        var grid = new Grid<RunRow>();
        // a link drawn in the browser from two values per row: no server-side component for each row (DD021)
        grid.addColumn(LitRenderer.<RunRow>of("<a router-link href=\"${item.href}\">${item.name}</a>")
                        .withProperty("name", r -> RunTexts.runName(this, r.id()))
                        .withProperty("href", r -> PaymentNavigation.RUN + r.id()))
                .setHeader(getTranslation("runs.column.run"));
        grid.addColumn(r -> RunTexts.status(this, r.status())).setHeader(getTranslation("runs.column.status"));
        grid.addColumn(r -> UkFormats.date(r.createdAt(), getLocale())).setHeader(getTranslation("runs.column.created"));
        grid.addColumn(RunRow::claimCount).setHeader(getTranslation("runs.column.claims"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> RunTexts.money(r.totalPence())).setHeader(getTranslation("runs.column.total"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.paidOn() == null ? "" : UkFormats.date(r.paidOn(), getLocale()))
                .setHeader(getTranslation("runs.column.paid-on"));
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("runs.list.grid"));
        grid.setEmptyStateText(getTranslation("runs.list.empty"));
        grid.setId("runs-grid");
        grid.setItemsPageable(runs::list, p -> showCount(runs.count()));
        grid.setHeight("24rem");
        resultCount.addClassName("result-count");
        resultCount.getElement().setAttribute("role", "status");
        return grid;
    }

    /** The count query's answer, shown above the grid as well as used by it: no second count statement. */
    private long showCount(long count) {
        resultCount.setText(getTranslation("runs.count", count));
        return count;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("runs.title");
    }
}
