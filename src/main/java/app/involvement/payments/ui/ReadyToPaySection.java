package app.involvement.payments.ui;

import app.involvement.payments.ClaimRow;
import app.involvement.payments.PaymentLimits;
import app.involvement.payments.PaymentNavigation;
import app.involvement.payments.PaymentRuns;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * Finance chooses authorised claims that are in no run and makes a run of them. The list is the service's, at most
 * {@link PaymentLimits#MAX_RUN_CLAIMS} (what one run can take); a claim another finance user has just put in a run
 * is refused with a message and the list is read again.
 */
class ReadyToPaySection extends VerticalLayout {

    private final PaymentRuns runs;
    private final H2 heading = new H2();
    private final Grid<ClaimRow> grid = new Grid<>();
    private final Span chosen = new Span();
    private final Button create = new Button();

    ReadyToPaySection(PaymentRuns runs) {
        this.runs = runs;
        setPadding(false);
        setId("runs-ready");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(ClaimRow::partnerName).setHeader(getTranslation("runs.column.partner")).setFlexGrow(1);
        grid.addColumn(ClaimRow::sessionTitle).setHeader(getTranslation("runs.column.session")).setFlexGrow(2);
        grid.addColumn(r -> UkFormats.date(r.heldOn(), getLocale())).setHeader(getTranslation("runs.column.held-on"));
        grid.addColumn(r -> RunTexts.route(this, r.route())).setHeader(getTranslation("runs.column.route"));
        grid.addColumn(r -> RunTexts.money(r.totalPence())).setHeader(getTranslation("runs.column.total"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("runs.ready.grid"));
        grid.setEmptyStateText(getTranslation("runs.ready.empty"));
        grid.setId("runs-ready-grid");
        grid.addSelectionListener(e -> showChosen());
        chosen.getElement().setAttribute("role", "status");
        chosen.setId("runs-chosen");
        create.setText(getTranslation("runs.create"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("runs-create");
        create.addClickListener(e -> createRun());
        add(heading, new Paragraph(getTranslation("runs.ready.lead")), grid, chosen, create);
        load();
    }

    private void load() {
        List<ClaimRow> ready = runs.readyToPay(PaymentLimits.MAX_RUN_CLAIMS);
        heading.setText(getTranslation("runs.ready.title", ready.size()));
        grid.setItems(ready);
        grid.setAllRowsVisible(ready.size() <= 10);
        grid.setHeight(ready.size() <= 10 ? null : "28rem");
        showChosen();
    }

    private void showChosen() {
        var selected = grid.getSelectedItems();
        chosen.setText(getTranslation("runs.chosen", selected.size(),
                RunTexts.money(selected.stream().mapToLong(ClaimRow::totalPence).sum())));
        create.setEnabled(!selected.isEmpty());
    }

    private void createRun() {
        try {
            Long run = runs.create(grid.getSelectedItems().stream().map(ClaimRow::id).toList());
            Notices.success(getTranslation("runs.created", String.valueOf(run)));
            UI.getCurrent().navigate(PaymentNavigation.RUN + run);
        } catch (BusinessRuleException refused) {
            Notices.error(Notices.message(refused));
            grid.deselectAll();
            load();
        }
    }
}
