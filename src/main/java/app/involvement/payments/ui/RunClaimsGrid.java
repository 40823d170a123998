package app.involvement.payments.ui;

import app.involvement.payments.ClaimRow;
import app.involvement.payments.PaymentNavigation;
import app.involvement.shared.UkFormats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * The claims of one run (at most one run's worth), each linked to its page; while the run is open, finance may take
 * one out.
 */
class RunClaimsGrid extends Grid<ClaimRow> {

    RunClaimsGrid(Long runId, List<ClaimRow> claims, Consumer<ClaimRow> takeOut) {
        addColumn(LitRenderer.<ClaimRow>of("<a router-link href=\"${item.href}\">${item.name}</a>")
                        .withProperty("name", ClaimRow::partnerName)
                        .withProperty("href", r -> PaymentNavigation.CLAIM + r.id()))
                .setHeader(getTranslation("runs.column.partner")).setFlexGrow(1);
        addColumn(ClaimRow::sessionTitle).setHeader(getTranslation("runs.column.session")).setFlexGrow(2);
        addColumn(r -> UkFormats.date(r.heldOn(), getLocale())).setHeader(getTranslation("runs.column.held-on"));
        addColumn(r -> RunTexts.route(this, r.route())).setHeader(getTranslation("runs.column.route"));
        money("runs.column.fee", ClaimRow::feePence);
        money("runs.column.voucher", ClaimRow::voucherPence);
        money("runs.column.expenses", ClaimRow::expensesPence);
        money("runs.column.total", ClaimRow::totalPence);
        if (takeOut != null) {
            addComponentColumn(r -> takeOutButton(r, takeOut)).setHeader(getTranslation("runs.column.action"));
        }
        addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        setAriaLabel(getTranslation("runs.claims.grid", String.valueOf(runId)));
        setId("run-claims-grid");
        setItems(claims);
        setAllRowsVisible(claims.size() <= 10);
        if (claims.size() > 10) {
            setHeight("32rem");
        }
    }

    private Component takeOutButton(ClaimRow row, Consumer<ClaimRow> takeOut) {
        var button = new Button(getTranslation("runs.take-out"), e -> takeOut.accept(row));
        button.addThemeVariants(ButtonVariant.SMALL);
        button.setAriaLabel(getTranslation("runs.take-out-of", row.partnerName(), row.sessionTitle()));
        return button;
    }

    private void money(String header, ToLongFunction<ClaimRow> pence) {
        addColumn(r -> RunTexts.money(pence.applyAsLong(r))).setHeader(getTranslation(header))
                .setTextAlign(ColumnTextAlign.END);
    }
}
