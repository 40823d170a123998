package app.involvement.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.planning.PlanningFixture;
import app.involvement.shell.ui.NotFoundView;
import com.vaadin.flow.component.UI;
import app.involvement.planning.PolicySummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The planning pages as each role sees them on the demo data: the lead's home shows the open referral about
 * involvement; the lead edits, the coordinator only reads; Southmoor's lead finds Northbridge's records "not found"
 * and sees no strategy of its own.
 */
class PlanningViewsTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theLeadsHome_showsTheOpenReferralAboutInvolvement_linkedToItsReview() {
        Long cycle = demoPerformanceReview();
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate("");
            var card = find(Div.class).withId("home-open-referrals").single();
            String text = card.getElement().getTextRecursively();
            assertThat(text).contains("open referral").contains("Evaluate the impact of involvement");
            assertThat(card.getElement().toString()).contains("review-cycles/" + cycle + "#referral-");
        });
    }

    @Test
    void theLead_editsTheStrategy_andTheCoordinatorOnlyReadsIt() {
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate("strategy");
            assertThat(text()).contains("Involvement strategy 20").contains("Widen the range of experience in the pool")
                    .contains("At risk");
            assertThat(find(Button.class).withId("strategy-edit").exists()).isTrue();
            assertThat(find(Button.class).withId("objective-add").exists()).isTrue();
            test(find(Button.class).withId("strategy-edit").single()).click();
            assertThat(find(TextField.class).withId("strategy-title").single().getValue()).startsWith("Involvement strategy");
            test(find(TextField.class).withId("strategy-title").single()).setValue("");
            test(find(Button.class).withId("strategy-save").single()).click();
            assertThat(find(TextField.class).withId("strategy-title").single().isInvalid())
                    .as("an empty title is shown on its field, nothing is saved").isTrue();
        });
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate("");
            UI.getCurrent().navigate("strategy");
            assertThat(text()).contains("Widen the range of experience in the pool");
            assertThat(find(Button.class).withId("strategy-edit").exists()).isFalse();
            assertThat(find(Button.class).withId("objective-add").exists()).isFalse();
        });
    }

    @Test
    void aReviewCycle_showsItsActivitiesWithEvidenceLinks_andReferrals() {
        Long cycle = demoPerformanceReview();
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate("review-cycles/" + cycle);
            assertThat(getCurrentView()).isInstanceOf(ReviewCycleView.class);
            assertThat(text()).contains("Performance review").contains("3 quality activities")
                    .contains("Policy or process: Service user and carer involvement policy")
                    .contains("Objective: Widen the range of experience in the pool")
                    .contains("Evaluate the impact of involvement");
            assertThat(find(Button.class).withId("activity-add").exists()).isFalse();
        });
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate("");
            UI.getCurrent().navigate("review-cycles/" + cycle);
            test(find(Button.class).withId("referral-add").single()).click();
            test(find(Button.class).withId("referral-save").single()).click();
            assertThat(find(TextArea.class).withId("referral-issue").single().isInvalid()).isTrue();
        });
    }

    @Test
    void aPolicyWithTwoVersions_keepsTheFirst_andOffersTheDocument() {
        Long policy = jdbc.queryForObject("select p.id from planning_policy p join provider v on v.id = p.tenant_id"
                + " where v.short_code = 'NBU' and p.title = 'Service user and carer involvement policy'", Long.class);
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate("policies/" + policy);
            assertThat(text()).contains("Version 2 (current)").contains("Version 1")
                    .contains("involvement-policy.pdf");
            assertThat(find(Button.class).withId("policy-add-version").exists()).isFalse();
        });
    }

    @Test
    void southmoor_findsNorthbridgesRecordsNotFound_andHasNoStrategy() {
        Long policy = PlanningFixture.northbridgePolicy(jdbc);
        Long cycle = PlanningFixture.northbridgeCycle(jdbc);
        as(DemoLogins.SM_LEAD, () -> {
            UI.getCurrent().navigate("policies/" + policy);
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
            UI.getCurrent().navigate("review-cycles/" + cycle);
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
            UI.getCurrent().navigate("review-cycles/999999999999");
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
            UI.getCurrent().navigate("strategy");
            assertThat(text()).contains("No strategy yet");
            assertThat(find(Button.class).withId("strategy-write").exists()).isTrue();
            UI.getCurrent().navigate("policies");
            @SuppressWarnings("unchecked")
            Grid<PolicySummary> grid = find(Grid.class).withId("policy-grid").single();
            assertThat(grid.getGenericDataView().getItems().map(PolicySummary::title).toList())
                    .contains("Involving people with lived experience")
                    .doesNotContain("Service user and carer involvement policy");
        });
    }

    private Long demoPerformanceReview() {
        return jdbc.queryForObject("select max(c.id) from review_cycle c join provider v on v.id = c.tenant_id"
                + " where v.short_code = 'NBU' and c.kind = 'PERFORMANCE_REVIEW' and c.summary like 'The regulator%'",
                Long.class);
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
