package app.involvement.planning.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.Role;
import app.involvement.planning.PlanningLimits;
import app.involvement.planning.PlanningNavigation;
import app.involvement.planning.ReviewCycleSummary;
import app.involvement.planning.ReviewCycles;
import app.involvement.provider.Programmes;
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
import java.util.List;
import org.springframework.data.domain.PageRequest;

/**
 * The provider's record of the regulator's reviews, newest first, with the programmes covered and what is still
 * open (one query). The lead records a new review.
 */
@Route(PlanningNavigation.REVIEW_CYCLES)
@Menu(title = "planning.menu.review-cycles", order = 52)
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR})
class ReviewCycleListView extends VerticalLayout implements HasDynamicTitle {

    ReviewCycleListView(ReviewCycles cycles, Programmes programmes, CurrentUser currentUser) {
        addClassName("planning-page");
        if (PlanningUi.isLead(currentUser)) {
            var add = new Button(getTranslation("review-cycles.add"), e -> new CycleDialog(cycles,
                    programmes.list(PageRequest.of(0, PlanningLimits.MAX_PROGRAMMES)), null, null,
                    id -> getUI().ifPresent(ui -> ui.navigate(ReviewCycleView.class,
                            new RouteParameters(ReviewCycleView.PARAMETER, String.valueOf(id))))).open());
            add.setId("cycle-add");
            add.addThemeVariants(ButtonVariant.PRIMARY);
            add(new PageHeader(getTranslation("review-cycles.title"), getTranslation("review-cycles.lead"), add));
        } else {
            add(new PageHeader(getTranslation("review-cycles.title"), getTranslation("review-cycles.lead.read-only")));
        }
        var list = cycles.list();
        if (list.isEmpty()) {
            add(new EmptyState(getTranslation("review-cycles.none"), getTranslation("review-cycles.none.text")));
        } else {
            add(grid(list));
        }
    }

    private Grid<ReviewCycleSummary> grid(List<ReviewCycleSummary> list) {
        var grid = new Grid<ReviewCycleSummary>();
        grid.addComponentColumn(c -> new RouterLink(getTranslation("review-cycles.kind." + c.kind()),
                ReviewCycleView.class, new RouteParameters(ReviewCycleView.PARAMETER, String.valueOf(c.id()))))
                .setHeader(getTranslation("review-cycles.column.kind")).setFlexGrow(1);
        grid.addColumn(c -> PlanningUi.day(c.startsOn())).setHeader(getTranslation("review-cycles.column.starts"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.endsOn() == null ? getTranslation("review-cycles.ongoing") : PlanningUi.day(c.endsOn()))
                .setHeader(getTranslation("review-cycles.column.ends")).setAutoWidth(true);
        grid.addColumn(ReviewCycleSummary::programmes).setHeader(getTranslation("review-cycles.column.programmes"))
                .setAutoWidth(true);
        grid.addColumn(ReviewCycleSummary::openActivities)
                .setHeader(getTranslation("review-cycles.column.open-activities")).setAutoWidth(true);
        grid.addColumn(ReviewCycleSummary::openReferrals)
                .setHeader(getTranslation("review-cycles.column.open-referrals")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setId("cycle-grid");
        grid.setAriaLabel(getTranslation("review-cycles.title"));
        grid.setAllRowsVisible(true);
        grid.setItems(list);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review-cycles.title");
    }
}
