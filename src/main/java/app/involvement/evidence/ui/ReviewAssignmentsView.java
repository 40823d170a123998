package app.involvement.evidence.ui;

import app.involvement.evidence.AssignmentRow;
import app.involvement.evidence.AssignmentStatus;
import app.involvement.evidence.ReviewAssignments;
import app.involvement.evidence.ReviewNavigation;
import app.involvement.identity.Reviewers;
import app.involvement.identity.Role;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.PageHeader;
import app.involvement.tenancy.ProviderService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The platform admin's assignments of HCPC reviewers to providers (DD042): a lazy list, newest first, a dialog to
 * assign a reviewer and a button to end a current or upcoming assignment early.
 */
@Route(ReviewNavigation.ASSIGNMENTS)
@Menu(title = "assignments.menu", order = 12)
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
class ReviewAssignmentsView extends VerticalLayout implements HasDynamicTitle {

    private final ReviewAssignments assignments;
    private final Grid<AssignmentRow> grid = new Grid<>();
    private final Span resultCount = new Span();

    ReviewAssignmentsView(ReviewAssignments assignments, Reviewers reviewers, ProviderService providers) {
        this.assignments = assignments;
        var add = new Button(getTranslation("assignments.add"),
                e -> new AssignReviewerDialog(assignments, reviewers, providers, this::refresh).open());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("assignments-add");
        add(new PageHeader(getTranslation("assignments.title"), getTranslation("assignments.lead"), add));

        grid.addColumn(AssignmentRow::providerName).setHeader(getTranslation("assignments.column.provider"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("assignments.reviewer", r.reviewerName(), r.reviewerEmail()))
                .setHeader(getTranslation("assignments.column.reviewer")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("reviewer.kind." + r.kind().name()))
                .setHeader(getTranslation("assignments.column.kind"));
        grid.addColumn(r -> getTranslation("assignments.window", UkFormats.date(r.startsOn(), getLocale()),
                UkFormats.date(r.endsOn(), getLocale()))).setHeader(getTranslation("assignments.column.window"));
        grid.addColumn(r -> getTranslation("assignments.status." + r.status().name()))
                .setHeader(getTranslation("assignments.column.status"));
        // one button drawn in the browser per row (no server-side component per row, DD021); hidden once ended
        grid.addColumn(LitRenderer.<AssignmentRow>of(
                        "<vaadin-button theme=\"tertiary\" ?hidden=\"${!item.endable}\" aria-label=\"${item.label}\""
                                + " @click=\"${end}\">${item.text}</vaadin-button>")
                        .withProperty("endable", r -> r.status() == AssignmentStatus.CURRENT
                                || r.status() == AssignmentStatus.UPCOMING)
                        .withProperty("text", r -> getTranslation("assignments.end"))
                        .withProperty("label", r -> getTranslation("assignments.end.label", r.reviewerName(),
                                r.providerName()))
                        .withFunction("end", this::confirmEnd))
                .setHeader(getTranslation("assignments.column.actions"));
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("assignments.grid"));
        grid.setEmptyStateText(getTranslation("assignments.empty"));
        grid.setId("assignments-grid");
        grid.setItemsPageable(assignments::list, p -> showCount(assignments.count()));
        resultCount.addClassName("result-count");
        resultCount.getElement().setAttribute("role", "status");
        add(resultCount, grid);
        setSizeFull();
    }

    private long showCount(long count) {
        resultCount.setText(getTranslation("assignments.count", count));
        return count;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void confirmEnd(AssignmentRow row) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("assignments.end.title"));
        dialog.add(new Paragraph(getTranslation("assignments.end.text", row.reviewerName(), row.providerName())));
        var confirm = new Button(getTranslation("assignments.end.confirm"), e -> {
            try {
                assignments.endEarly(row.id());
                Notices.success(getTranslation("assignments.ended", row.reviewerName(), row.providerName()));
            } catch (BusinessRuleException refused) {
                Notices.error(Notices.message(refused));
            }
            dialog.close();
            refresh();
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.setId("assignments-end-confirm");
        dialog.getFooter().add(new Button(getTranslation("assignments.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assignments.title");
    }
}
