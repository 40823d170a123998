package app.involvement.evidence.ui;

import app.involvement.audit.AuditRecord;
import app.involvement.audit.AuditTrail;
import app.involvement.evidence.ReviewNavigation;
import app.involvement.evidence.ReviewerLooks;
import app.involvement.identity.Role;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Set;

/**
 * "Who looked at our evidence": the lead's record of every look an HCPC reviewer took at the provider's evidence
 * (page views and downloads) and every refused attempt, newest first, paged from the audit log (DD042).
 */
@Route(ReviewNavigation.EVIDENCE_VIEWS)
@Menu(title = "evidence-views.menu", order = 85)
@RolesAllowed(Role.Names.LEAD)
class EvidenceViewsView extends VerticalLayout implements HasDynamicTitle {

    private static final Set<String> KNOWN_WHAT = Set.of(ReviewerLooks.VIEW, ReviewerLooks.PACK_PDF,
            ReviewerLooks.PACK_CSV);
    private static final Set<String> KNOWN_REASONS = Set.of(ReviewerLooks.REFUSED_OTHER_REVIEWER,
            ReviewerLooks.REFUSED_BEFORE_START, ReviewerLooks.REFUSED_AFTER_END, ReviewerLooks.REFUSED_ENDED_EARLY);

    private final Span resultCount = new Span();

    EvidenceViewsView(AuditTrail audit) {
        add(new PageHeader(getTranslation("evidence-views.title"), getTranslation("evidence-views.lead")));
        var grid = new Grid<AuditRecord>();
        grid.addColumn(r -> UkFormats.dateTime(r.occurredAt(), getLocale()))
                .setHeader(getTranslation("evidence-views.column.when")).setAutoWidth(true);
        grid.addColumn(AuditRecord::actor).setHeader(getTranslation("evidence-views.column.reviewer")).setAutoWidth(true);
        grid.addColumn(this::role).setHeader(getTranslation("evidence-views.column.role"));
        grid.addColumn(this::what).setHeader(getTranslation("evidence-views.column.what"));
        grid.addColumn(this::outcome).setHeader(getTranslation("evidence-views.column.outcome"));
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("evidence-views.grid"));
        grid.setEmptyStateText(getTranslation("evidence-views.empty"));
        grid.setId("evidence-views-grid");
        grid.setItemsPageable(audit::reviewerLooks, p -> showCount(audit.countReviewerLooks()));
        resultCount.addClassName("result-count");
        resultCount.getElement().setAttribute("role", "status");
        add(resultCount, grid);
        setSizeFull();
    }

    private long showCount(long count) {
        resultCount.setText(getTranslation("evidence-views.count", count));
        return count;
    }

    /** The reviewer's role in the review: an HCPC reviewer for this kind of review. */
    private String role(AuditRecord r) {
        var detail = ReviewerLooks.Detail.parse(r.detail());
        return detail.kind() == null ? getTranslation("evidence-views.role")
                : getTranslation("evidence-views.role.kind", getTranslation("reviewer.kind." + detail.kind().name()));
    }

    private String what(AuditRecord r) {
        String what = ReviewerLooks.Detail.parse(r.detail()).what();
        return KNOWN_WHAT.contains(what) ? getTranslation("evidence-views.what." + what.replace(' ', '-').toLowerCase(Locale.ROOT))
                : getTranslation("evidence-views.what.other");
    }

    private String outcome(AuditRecord r) {
        if (AuditTrail.REVIEWER_REFUSED.equals(r.type())) {
            String reason = ReviewerLooks.Detail.parse(r.detail()).reason();
            return getTranslation("evidence-views.refused." + (KNOWN_REASONS.contains(reason) ? reason : "other"));
        }
        return getTranslation(AuditTrail.REVIEWER_EXPORT.equals(r.type()) ? "evidence-views.outcome.export"
                : "evidence-views.outcome.view");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evidence-views.title");
    }
}
