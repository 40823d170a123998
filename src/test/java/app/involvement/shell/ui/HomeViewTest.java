package app.involvement.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each role lands on a home made for it, in its provider, with navigation limited to what it may use. */
class HomeViewTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void lead_seesProgrammesAndStaffOfOwnProvider() {
        as(DemoLogins.NB_LEAD, () -> {
            home();
            assertThat(heading()).isEqualTo("Involvement at Northbridge University");
            var figures = new java.util.ArrayList<>(figures());
            assertThat(figures.get(0)).matches("Pitfalls needing attention: \\d+|No pitfalls need attention");
            assertThat(figures.get(2)).matches("\\d+ open referrals? about involvement");
            assertThat(figures.get(3)).as("the erasure requests card (DD047)")
                    .matches("\\d+ erasure requests? waiting|No erasure requests waiting");
            figures.remove(3);
            figures.remove(2);
            assertThat(figures.subList(1, figures.size())).containsExactly(belowMinimum("NBU"),
                    count("partner", "NBU", "status = 'ACTIVE'") + " active partners",
                    count("programme", "NBU") + " programmes",
                    count("membership", "NBU", "role in ('LEAD', 'COORDINATOR', 'FINANCE')") + " members of staff");
            assertThat(menu()).containsExactly("Home", "Programmes", "Sessions", "Payment claims", "Pool", "Who is free", "Support requests",
                    "Named contacts", "Debrief requests", "You said, we did", "Training modules", "Training records",
                    "Strategy", "Policies and processes", "Review cycles", "Insights", "Pitfalls",
                    "Experience categories", "Activity types", "Risk assessments", "Rate cards", "Payment runs",
                    "Staff and roles", "Who looked at our evidence", "Erasure requests", "Retention", "Privacy notice", "Two-step sign-in");
        });
    }

    @Test
    void coordinator_seesSessionsThisWeek_belowMinimum_openOffers_poolAndProgrammes() {
        as(DemoLogins.SM_COORDINATOR, () -> {
            home();
            assertThat(heading()).isEqualTo("Coordination at Southmoor College");
            assertThat(figures()).startsWith(thisWeek("SMC"), belowMinimum("SMC"), openOffers("SMC"));
            assertThat(figures()).contains(awaitingApproval("SMC"));
            assertThat(figures()).endsWith(count("partner", "SMC", "status = 'ACTIVE'") + " active partners",
                    "Who is free", count("programme", "SMC") + " programmes");
            assertThat(menu()).containsExactly("Home", "Programmes", "Sessions", "Payment claims", "Pool", "Who is free", "Support requests",
                    "Named contacts", "Debrief requests", "You said, we did", "Training modules", "Training records",
                    "Strategy", "Policies and processes", "Review cycles", "Insights", "Pitfalls", "Experience categories",
                    "Activity types", "Risk assessments", "Rate cards", "Retention", "Two-step sign-in");
        });
    }

    @Test
    void finance_seesTheNextPaymentRun_andWhatIsReadyForIt() {
        long ready = count("payment_claim", "NBU", "t.status = 'AUTHORISED'", "t.run_id is null");
        as(DemoLogins.NB_FINANCE, () -> {
            home();
            assertThat(heading()).isEqualTo("Finance at Northbridge University");
            assertThat(figures()).endsWith("Next payment run");
            var card = find(com.vaadin.flow.component.html.Div.class).id("home-next-run");
            String text = card.getElement().getTextRecursively();
            assertThat(text).contains(ready == 0 ? "No claims are ready to pay."
                    : ready + (ready == 1 ? " claim is" : " claims are") + " ready to pay");
            assertThat(menu()).containsExactly("Home", "Programmes", "Payment claims", "Pool", "Rate cards", "Payment runs",
                    "Two-step sign-in");
        });
    }

    @Test
    void partner_isWelcomedByNameAndSeesNoStaffMenu() {
        as(DemoLogins.NB_PARTNER, () -> {
            home();
            assertThat(heading()).isEqualTo("Welcome, Sam Taylor");
            assertThat(figures().getFirst()).matches("Offers waiting for you: \\d+|No offers waiting for you");
            // "Tell us how it went" shows only while a recent session waits for their feedback (DD039)
            var figures = figures().stream().filter(f -> !f.equals("Tell us how it went")).toList();
            assertThat(figures.get(1)).matches("Claims to finish: \\d+|You have no claims to finish\\.");
            assertThat(figures.subList(2, figures.size())).containsExactly("You said, we did", "Your profile",
                    "Your availability", "Your named contact", "Help to take part");
            assertThat(menu()).containsExactly("Home", "My sessions", "My claims", "My profile", "My availability", "My training", "Help to take part",
                    "Two-step sign-in");
        });
    }

    @Test
    void platformAdmin_seesProviderCountButNoProviderData() {
        as(DemoLogins.PLATFORM, () -> {
            home();
            long providers = jdbc.queryForObject("select count(*) from provider", Long.class);
            assertThat(heading()).isEqualTo("Platform administration");
            assertThat(figures()).containsExactly(providers + " providers");
            assertThat(menu()).containsExactly("Home", "Providers", "Review assignments", "Two-step sign-in");
        });
    }

    @Test
    void reviewer_seesTheirCurrentReview_linkedToItsEvidence() {
        as(DemoLogins.REVIEWER, () -> {
            home();
            assertThat(heading()).isEqualTo("HCPC review");
            assertThat(figures()).containsExactly("1 review open to you");
            Long assignment = jdbc.queryForObject("select a.id from review_assignment a join user_account u"
                    + " on u.id = a.reviewer_user_id where u.email = ?", Long.class, DemoLogins.REVIEWER);
            assertThat(find(com.vaadin.flow.component.html.Anchor.class).all()).anySatisfy(link -> {
                assertThat(link.getText()).isEqualTo("Northbridge University: Performance review");
                assertThat(link.getHref()).isEqualTo("evidence/" + assignment);
            });
            assertThat(menu()).containsExactly("Home", "Two-step sign-in");
        });
    }

    @Test
    void personInTwoProviders_isSentToTheProviderPicker() {
        as(DemoLogins.BOTH, () -> {
            UI.getCurrent().navigate("");
            assertThat(getCurrentView()).isInstanceOf(app.involvement.identity.ui.ChooseProviderView.class);
        });
    }

    private String thisWeek(String provider) {
        long n = count("involvement_session", provider, "t.status = 'PLANNED'", "t.held_on >= current_date",
                "t.held_on < dateadd('DAY', 7, current_date)");
        return n == 0 ? "No sessions in the next 7 days" : n + (n == 1 ? " session" : " sessions") + " in the next 7 days";
    }

    private String belowMinimum(String provider) {
        long n = count("involvement_session", provider, "t.status = 'PLANNED'", "t.held_on >= current_date",
                "t.places_minimum > (select count(*) from session_offer o where o.session_id = t.id"
                        + " and o.status = 'CONFIRMED')");
        return n == 0 ? "No session is below its minimum" : n + (n == 1 ? " session" : " sessions") + " below the minimum";
    }

    private String awaitingApproval(String provider) {
        long n = count("payment_claim", provider, "t.status = 'SUBMITTED'");
        return n == 0 ? "No claims waiting for approval" : n + (n == 1 ? " claim" : " claims") + " waiting for approval";
    }

    private String openOffers(String provider) {
        long n = count("session_offer", provider, "t.status in ('OFFERED', 'ACCEPTED')", "exists (select 1 from"
                + " involvement_session s where s.id = t.session_id and s.status = 'PLANNED' and s.held_on >= current_date)");
        return (n == 0 ? "No offers waiting" : n == 1 ? "1 offer waiting" : n + " offers waiting") + " for an answer";
    }

    /** Rows of a provider in a table, counted directly (other tests may add some). */
    private long count(String table, String provider, String... conditions) {
        String where = conditions.length == 0 ? "" : " and " + String.join(" and ", conditions);
        return jdbc.queryForObject("select count(*) from " + table + " t join provider p on p.id = t.tenant_id"
                + " where p.short_code = ?" + where, Long.class, provider);
    }

    private void home() {
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }

    private String heading() {
        return find(H1.class).single().getText();
    }

    private List<String> figures() {
        return find(H2.class).all().stream().map(H2::getText).toList();
    }

    private List<String> menu() {
        return find(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
