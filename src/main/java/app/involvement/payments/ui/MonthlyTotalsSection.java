package app.involvement.payments.ui;

import app.involvement.payments.MonthTotal;
import app.involvement.payments.PaymentRuns;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.ToLongFunction;

/** What was paid in each of the last twelve months (one query), newest first. */
class MonthlyTotalsSection extends VerticalLayout {

    static final int MONTHS = 12;

    MonthlyTotalsSection(PaymentRuns runs) {
        setPadding(false);
        setId("runs-months");
        var grid = new Grid<MonthTotal>();
        grid.addColumn(m -> RunTexts.month(this, m.month())).setHeader(getTranslation("runs.column.month")).setFlexGrow(2);
        grid.addColumn(MonthTotal::claimCount).setHeader(getTranslation("runs.column.claims"))
                .setTextAlign(ColumnTextAlign.END);
        money(grid, "runs.column.fee", MonthTotal::feePence);
        money(grid, "runs.column.voucher", MonthTotal::voucherPence);
        money(grid, "runs.column.expenses", MonthTotal::expensesPence);
        money(grid, "runs.column.total", MonthTotal::totalPence);
        grid.setItems(runs.monthlyTotals(MONTHS));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("runs.months.grid"));
        grid.setId("runs-months-grid");
        add(new H2(getTranslation("runs.months.title")), new Paragraph(getTranslation("runs.months.lead")), grid);
    }

    private void money(Grid<MonthTotal> grid, String header, ToLongFunction<MonthTotal> pence) {
        grid.addColumn(m -> RunTexts.money(pence.applyAsLong(m))).setHeader(getTranslation(header))
                .setTextAlign(ColumnTextAlign.END);
    }
}
