package app.involvement.planning.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.Role;
import app.involvement.planning.PlanningNavigation;
import app.involvement.planning.Policies;
import app.involvement.planning.PolicySummary;
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
import java.util.List;

/**
 * The provider's policies and processes by title, each with its newest version's owner and dates (one query, at most
 * {@link app.involvement.planning.PlanningLimits#MAX_POLICIES}); a review date passed is flagged. The lead adds them.
 */
@Route(PlanningNavigation.POLICIES)
@Menu(title = "planning.menu.policies", order = 51)
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR})
class PolicyListView extends VerticalLayout implements HasDynamicTitle {

    private final LocalDate today;

    PolicyListView(Policies policies, CurrentUser currentUser, Clock clock) {
        this.today = PlanningUi.today(clock);
        addClassName("planning-page");
        if (PlanningUi.isLead(currentUser)) {
            var add = new Button(getTranslation("policies.add"), e -> new PolicyDialog(policies, null,
                    id -> getUI().ifPresent(ui -> ui.navigate(PolicyView.class,
                            new RouteParameters(PolicyView.PARAMETER, String.valueOf(id))))).open());
            add.setId("policy-add");
            add.addThemeVariants(ButtonVariant.PRIMARY);
            add(new PageHeader(getTranslation("policies.title"), getTranslation("policies.lead"), add));
        } else {
            add(new PageHeader(getTranslation("policies.title"), getTranslation("policies.lead.read-only")));
        }
        var list = policies.list();
        if (list.isEmpty()) {
            add(new EmptyState(getTranslation("policies.none"), getTranslation("policies.none.text")));
        } else {
            add(grid(list));
        }
    }

    private Grid<PolicySummary> grid(List<PolicySummary> list) {
        var grid = new Grid<PolicySummary>();
        grid.addComponentColumn(p -> new RouterLink(p.title(), PolicyView.class,
                new RouteParameters(PolicyView.PARAMETER, String.valueOf(p.id()))))
                .setHeader(getTranslation("policies.column.title")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation("policies.kind." + p.kind())).setHeader(getTranslation("policies.column.kind"))
                .setAutoWidth(true);
        grid.addColumn(PolicySummary::version).setHeader(getTranslation("policies.column.version")).setAutoWidth(true);
        grid.addColumn(PolicySummary::owner).setHeader(getTranslation("policies.column.owner")).setFlexGrow(1);
        grid.addColumn(p -> PlanningUi.day(p.approvedOn())).setHeader(getTranslation("policies.column.approved"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.nextReviewOn().isBefore(today)
                ? getTranslation("policies.review-due", PlanningUi.day(p.nextReviewOn())) : PlanningUi.day(p.nextReviewOn()))
                .setHeader(getTranslation("policies.column.next-review")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setId("policy-grid");
        grid.setAriaLabel(getTranslation("policies.title"));
        grid.setAllRowsVisible(true);
        grid.setItems(list);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("policies.title");
    }
}
