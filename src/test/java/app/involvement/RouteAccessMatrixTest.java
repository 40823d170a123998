package app.involvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import app.involvement.identity.Role;
import app.involvement.identity.ui.LoginView;
import app.involvement.shell.ui.NotFoundView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every registered route × every role (and anonymous visitors): allowed or denied exactly as designed.
 * A route added without an entry in {@link #EXPECTED} fails this test, so no route escapes it.
 */
class RouteAccessMatrixTest extends ViewTestBase {

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> STAFF = EnumSet.of(Role.LEAD, Role.COORDINATOR, Role.FINANCE);

    /** Route template → roles that may open it; {@code null} role set means anonymous visitors too. */
    static final Map<String, Set<Role>> EXPECTED = Map.ofEntries(
            Map.entry("", ALL),
            Map.entry("login", ALL),
            Map.entry("forgot-password", ALL),
            Map.entry("reset-password", ALL),
            Map.entry("invitation", ALL),
            Map.entry("choose-provider", ALL),
            Map.entry("providers", EnumSet.of(Role.PLATFORM_ADMIN)),
            Map.entry("staff", EnumSet.of(Role.LEAD)),
            Map.entry("programmes", STAFF),
            Map.entry("programmes/:programmeId([0-9]{1,18})", STAFF),
            Map.entry("partners", STAFF),
            Map.entry("partners/:partnerId([0-9]{1,18})", STAFF),
            Map.entry("my-profile", EnumSet.of(Role.PARTNER)),
            Map.entry("my-availability", EnumSet.of(Role.PARTNER)),
            Map.entry("who-is-free", EnumSet.of(Role.LEAD, Role.COORDINATOR)),
            Map.entry("experience-categories", EnumSet.of(Role.LEAD, Role.COORDINATOR)),
            Map.entry("activity-types", EnumSet.of(Role.LEAD, Role.COORDINATOR)),
            Map.entry("mfa", ALL),
            Map.entry("mfa-setup", ALL),
            Map.entry("two-step", ALL),
            Map.entry("accessibility", ALL),
            Map.entry("my-support", EnumSet.of(Role.PARTNER)),
            Map.entry("support-requests", EnumSet.of(Role.LEAD, Role.COORDINATOR)),
            Map.entry("partner-support/:partnerId([0-9]{1,18})", EnumSet.of(Role.LEAD, Role.COORDINATOR)),
            Map.entry("risk-assessments", EnumSet.of(Role.LEAD, Role.COORDINATOR)),
            Map.entry("named-contacts", EnumSet.of(Role.LEAD, Role.COORDINATOR)),
            Map.entry("training-modules", EnumSet.of(Role.LEAD, Role.COORDINATOR)),
            Map.entry("training-modules/:moduleId([0-9]{1,18})", EnumSet.of(Role.LEAD, Role.COORDINATOR)),
            Map.entry("training-records", EnumSet.of(Role.LEAD, Role.COORDINATOR)),
            Map.entry("training-records/:partnerId([0-9]{1,18})", EnumSet.of(Role.LEAD, Role.COORDINATOR)),
            Map.entry("my-training", EnumSet.of(Role.PARTNER)),
            Map.entry("sessions", EnumSet.of(Role.LEAD, Role.COORDINATOR)),
            Map.entry("sessions/:sessionId([0-9]{1,18})", EnumSet.of(Role.LEAD, Role.COORDINATOR)),
            Map.entry("my-sessions", EnumSet.of(Role.PARTNER)),
            Map.entry("my-sessions/:offerId([0-9]{1,18})", EnumSet.of(Role.PARTNER)),
            Map.entry("debriefs", EnumSet.of(Role.LEAD, Role.COORDINATOR)),
            Map.entry("my-calendar", EnumSet.of(Role.PARTNER)),
            Map.entry("payment-claims", STAFF),
            Map.entry("payment-claims/:claimId([0-9]{1,18})", STAFF),
            Map.entry("my-claims", EnumSet.of(Role.PARTNER)),
            Map.entry("my-claims/:claimId([0-9]{1,18})", EnumSet.of(Role.PARTNER)),
            Map.entry("payment-runs", EnumSet.of(Role.FINANCE, Role.LEAD)),
            Map.entry("payment-runs/:runId([0-9]{1,18})", EnumSet.of(Role.FINANCE, Role.LEAD)),
            Map.entry("rate-cards", STAFF),
            Map.entry("rate-cards/:rateCardId([0-9]{1,18})", STAFF),
            Map.entry("strategy", EnumSet.of(Role.LEAD, Role.COORDINATOR)),
            Map.entry("policies", EnumSet.of(Role.LEAD, Role.COORDINATOR)),
            Map.entry("policies/:policyId([0-9]{1,18})", EnumSet.of(Role.LEAD, Role.COORDINATOR)),
            Map.entry("review-cycles", EnumSet.of(Role.LEAD, Role.COORDINATOR)),
            Map.entry("review-cycles/:cycleId([0-9]{1,18})", EnumSet.of(Role.LEAD, Role.COORDINATOR)),
            Map.entry("evidence/:assignmentId([0-9]{1,18})", EnumSet.of(Role.REVIEWER)),
            Map.entry("review-assignments", EnumSet.of(Role.PLATFORM_ADMIN)),
            Map.entry("evidence-views", EnumSet.of(Role.LEAD)),
            Map.entry("my-feedback/:sessionId([0-9]{1,18})", EnumSet.of(Role.PARTNER)),
            Map.entry("session-feedback/:sessionId([0-9]{1,18})", EnumSet.of(Role.LEAD, Role.COORDINATOR)),
            Map.entry("actions", EnumSet.of(Role.LEAD, Role.COORDINATOR)),
            Map.entry("actions/:actionId([0-9]{1,18})", EnumSet.of(Role.LEAD, Role.COORDINATOR)),
            Map.entry("rate-cards/new", EnumSet.of(Role.LEAD)),
            Map.entry("insights", EnumSet.of(Role.LEAD, Role.COORDINATOR)),
            Map.entry("pitfalls", EnumSet.of(Role.LEAD, Role.COORDINATOR)),
            Map.entry("retention", EnumSet.of(Role.LEAD, Role.COORDINATOR)),
            Map.entry("my-data", EnumSet.of(Role.PARTNER)),
            Map.entry("partners/:partnerId([0-9]{1,18})/copy", EnumSet.of(Role.LEAD)),
            // erasure (DD047): the partner asks; only the lead handles requests and erases
            Map.entry("my-data/leave", EnumSet.of(Role.PARTNER)),
            Map.entry("erasure-requests", EnumSet.of(Role.LEAD)),
            Map.entry("erasure-requests/:requestId([0-9]{1,18})", EnumSet.of(Role.LEAD)),
            Map.entry("erasure-requests/new/:partnerId([0-9]{1,18})", EnumSet.of(Role.LEAD)),
            Map.entry("privacy-notice", EnumSet.of(Role.LEAD)),
            Map.entry("privacy-notice/read", EnumSet.of(Role.PARTNER)),
            Map.entry("my-data/looks", EnumSet.of(Role.PARTNER)));

    /** Routes anonymous visitors may open. */
    static final Set<String> PUBLIC = Set.of("login", "forgot-password", "reset-password", "invitation",
            "accessibility");

    static final Map<Role, String> ACCOUNT = Map.of(
            Role.PLATFORM_ADMIN, DemoLogins.PLATFORM,
            Role.LEAD, DemoLogins.NB_LEAD,
            Role.COORDINATOR, DemoLogins.NB_COORDINATOR,
            Role.FINANCE, DemoLogins.NB_FINANCE,
            Role.PARTNER, DemoLogins.NB_PARTNER,
            Role.REVIEWER, DemoLogins.REVIEWER);

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void everyRoute_forEveryRole_isAllowedOrDeniedAsDesigned() {
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        assertThat(routes).isNotEmpty();
        Map<String, RouteData> byTemplate = new TreeMap<>();
        routes.forEach(r -> byTemplate.put(r.getTemplate(), r));
        assertThat(byTemplate.keySet())
                .as("every route needs an entry in the access matrix")
                .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());

        List<String> wrong = new ArrayList<>();
        for (RouteData route : byTemplate.values()) {
            String location = sampleLocation(jdbc, route.getTemplate());
            boolean anonymousAllowed = PUBLIC.contains(route.getTemplate());
            if (opensAsAnonymous(location, route) != anonymousAllowed) {
                wrong.add("anonymous → " + location + (anonymousAllowed ? " should open" : " should be refused"));
            }
            for (Role role : Role.values()) {
                boolean allowed = EXPECTED.get(route.getTemplate()).contains(role);
                as(ACCOUNT.get(role), () -> {
                    if (opens(location, route) != allowed) {
                        wrong.add(role + " → " + location + (allowed ? " should open" : " should be refused"));
                    }
                });
            }
        }
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong));
        }
    }

    private boolean opensAsAnonymous(String location, RouteData route) {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        return opens(location, route);
    }

    private boolean opens(String location, RouteData route) {
        UI.getCurrent().navigate(location);
        Class<?> shown = getCurrentView().getClass();
        if (route.getNavigationTarget().isAssignableFrom(shown)) {
            return true;
        }
        assertThat(shown).as("a refused route shows the login or not-found page, not " + shown)
                .isIn(LoginView.class, NotFoundView.class, com.vaadin.flow.router.RouteNotFoundError.class,
                        app.involvement.identity.ui.ChooseProviderView.class);
        return false;
    }

    /** The route's address, with a Northbridge record's id where the route takes one. */
    static String sampleLocation(JdbcTemplate jdbc, String template) {
        if (template.startsWith("programmes/:programmeId")) {
            Long id = jdbc.queryForObject("select min(p.id) from programme p join provider v on v.id = p.tenant_id"
                    + " where v.short_code = 'NBU'", Long.class);
            return "programmes/" + id;
        }
        if (template.startsWith("partner-support/:partnerId")) {
            Long id = jdbc.queryForObject("select min(p.id) from partner p join provider v on v.id = p.tenant_id"
                    + " where v.short_code = 'NBU'", Long.class);
            return "partner-support/" + id;
        }
        if (template.startsWith("training-modules/:moduleId")) {
            Long id = jdbc.queryForObject("select min(m.id) from training_module m join provider v on v.id = m.tenant_id"
                    + " where v.short_code = 'NBU'", Long.class);
            return "training-modules/" + id;
        }
        if (template.startsWith("training-records/:partnerId")) {
            Long id = jdbc.queryForObject("select min(p.id) from partner p join provider v on v.id = p.tenant_id"
                    + " where v.short_code = 'NBU'", Long.class);
            return "training-records/" + id;
        }
        if (template.startsWith("sessions/:sessionId")) {
            return "sessions/" + app.involvement.sessions.SessionTestData.northbridgeSession(jdbc);
        }
        if (template.startsWith("my-sessions/:offerId")) {
            return "my-sessions/" + app.involvement.sessions.MySessionsFixture.demoPartnersOffer(jdbc);
        }
        if (template.startsWith("payment-claims/:claimId")) {
            return "payment-claims/" + app.involvement.payments.PaymentTestData.northbridgeClaim(jdbc);
        }
        if (template.startsWith("my-claims/:claimId")) {
            return "my-claims/" + app.involvement.payments.ClaimFixture.demoPartnersClaim(jdbc);
        }
        if (template.startsWith("payment-runs/:runId")) {
            return "payment-runs/" + app.involvement.payments.RunTestData.northbridgeRun(jdbc);
        }
        if (template.startsWith("rate-cards/:rateCardId")) {
            return "rate-cards/" + app.involvement.payments.RateCardFixture.northbridgeCard(jdbc);
        }
        if (template.startsWith("policies/:policyId")) {
            return "policies/" + app.involvement.planning.PlanningFixture.northbridgePolicy(jdbc);
        }
        if (template.startsWith("review-cycles/:cycleId")) {
            return "review-cycles/" + app.involvement.planning.PlanningFixture.northbridgeCycle(jdbc);
        }
        if (template.startsWith("evidence/:assignmentId")) {
            return "evidence/" + app.involvement.evidence.EvidenceFixture.reviewersAssignment(jdbc);
        }
        if (template.startsWith("my-feedback/:sessionId")) {
            return "my-feedback/" + app.involvement.feedback.FeedbackTestData.demoPartnersSession(jdbc);
        }
        if (template.startsWith("session-feedback/:sessionId")) {
            return "session-feedback/" + app.involvement.feedback.FeedbackTestData.northbridgeCompletedSession(jdbc);
        }
        if (template.startsWith("actions/:actionId")) {
            return "actions/" + app.involvement.feedback.FeedbackTestData.northbridgeAction(jdbc);
        }
        if (template.startsWith("partners/:partnerId") && template.endsWith("/copy")) {
            Long id = jdbc.queryForObject("select min(p.id) from partner p join provider v on v.id = p.tenant_id"
                    + " where v.short_code = 'NBU'", Long.class);
            return "partners/" + id + "/copy";
        }
        if (template.startsWith("erasure-requests/:requestId")) {
            return "erasure-requests/" + app.involvement.erasure.ErasureFixture.northbridgeDemoRequest(jdbc);
        }
        if (template.startsWith("erasure-requests/new/:partnerId")) {
            return "erasure-requests/new/" + app.involvement.erasure.ErasureFixture.northbridgeDemoRequester(jdbc);
        }
        if (template.startsWith("partners/:partnerId")) {
            Long id = jdbc.queryForObject("select min(p.id) from partner p join provider v on v.id = p.tenant_id"
                    + " where v.short_code = 'NBU'", Long.class);
            return "partners/" + id;
        }
        return template;
    }
}
