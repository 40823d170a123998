package app.involvement;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.identity.internal.BulkProviderForTests;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SQL budget per view (README, DD019): each route opened by the role that uses it, the staff routes
 * in a provider of 10,000 partners, counting every statement from navigation until each grid on the page
 * has fetched its first page. A budget is a handful of statements, never a number that grows with the data:
 * one page query and one count per grid plus the view's own few.
 */
class ViewStatementBudgetTest extends ViewTestBase {

    /** Route → statements allowed, for the coordinator of the 10,000-partner provider. */
    static final Map<String, Integer> BULK_COORDINATOR = budgets(
            "", 9,
            "partners", 4,
            "sessions", 2,
            "partners/%s", 6,
            "who-is-free", 5,
            "programmes", 2,
            "experience-categories", 1,
            "activity-types", 1,
            "support-requests", 2,
            "partner-support/%s", 4,
            "risk-assessments", 5,
            "named-contacts", 3,
            "training-modules", 1,
            "training-records", 3,
            "training-records/%s", 4,
            "payment-claims", 4,
            "rate-cards", 2);

    /** The insights dashboard and the pitfall page: a fixed set of aggregate queries whatever the size, with the
     * planning and feedback figures (DD040, DD041). */
    static final Map<String, Integer> BULK_INSIGHTS = budgets("insights", 16, "pitfalls", 14);

    /** Retention (DD049) in the 10,000-partner provider: the periods, four counts for the coming month, the first
     * partners to be erased, the last runs, whatever the size. */
    static final Map<String, Integer> BULK_RETENTION = budgets("retention", 8);

    /** Routes of other roles, in the demo providers. */
    static final Map<String, Integer> NB_LEAD = budgets("staff", 7, "rate-cards/new", 5);
    /** A rate card's page: the card, its fees and expense rules, and the activity types. */
    static final Map<String, Integer> NB_RATE_CARD = budgets("rate-cards/%s", 4);
    /** The first partner page of a session also pays the privacy notice gate's check (the current version and the
     * partner's confirmation of it, then remembered for a minute, DD050): 2 of my-profile's 7. */
    static final Map<String, Integer> NB_PARTNER = budgets("my-profile", 7, "my-availability", 4, "my-support", 5, "my-training", 5,
            "my-sessions", 6, "my-calendar", 3, "my-claims", 6);
    /** The partner's own place, the fullest state: the session, their access needs, declaration and check-in. */
    static final Map<String, Integer> NB_PARTNER_PLACE = budgets("my-sessions/%s", 11);
    /** The partner's own claim with its costs, in draft (the fullest page: route, costs, form, declaration). */
    static final Map<String, Integer> NB_PARTNER_CLAIM = budgets("my-claims/%s", 4);
    static final Map<String, Integer> NB_COORDINATOR = budgets("training-modules/%s", 5, "debriefs", 1);
    /** A session's page with its partners and the candidates to offer it to. */
    static final Map<String, Integer> NB_SESSION = budgets("sessions/%s", 16);
    /** A claim's page for the coordinator: the claim, the partner's name, the turnaround, its lines. */
    static final Map<String, Integer> NB_CLAIM = budgets("payment-claims/%s", 4);
    /** Planning pages for the lead: the strategy and its objectives 2, the policies 1, the cycles 1, a policy and its
     * versions 2, a cycle with its programmes, activities, referrals and the evidence links to choose from 8. */
    static final Map<String, Integer> NB_PLANNING = budgets("strategy", 2, "policies", 1, "review-cycles", 1);
    static final Map<String, Integer> NB_POLICY = budgets("policies/%s", 2);
    static final Map<String, Integer> NB_REVIEW_CYCLE = budgets("review-cycles/%s", 8);
    static final Map<String, Integer> PLATFORM_ADMIN = budgets("providers", 3);
    /** Review assignments: the page of assignments, their providers' names, the count, and the layout's one. */
    static final Map<String, Integer> PLATFORM_ASSIGNMENTS = budgets("review-assignments", 4);
    /**
     * Who looked at our evidence: the provider's reviewer entries and the count; the grid's first screenful spans two
     * pages of entries once the log holds more than one page (as in the full suite).
     */
    static final Map<String, Integer> NB_EVIDENCE_VIEWS = budgets("evidence-views", 3);
    /** Finance: home (next run 2, claims awaiting and overdue 3), payment runs 7 (ready claims, their names and the
     * turnaround; the runs page and its count; monthly totals; measured with the demo's ready claims), a run (run,
     * claims, names, turnaround, one lock-free read 5). */
    static final Map<String, Integer> NB_FINANCE = budgets("", 5, "payment-runs", 7, "payment-runs/%s", 5);

    /** Feedback (DD039): actions for the coordinator of the 10,000-partner provider (one page query and one count). */
    static final Map<String, Integer> BULK_FEEDBACK = budgets("actions", 2);
    /** A session's evaluation: the session, attended, partners' feedback, staff, learners, actions, owners. */
    static final Map<String, Integer> NB_SESSION_FEEDBACK = budgets("session-feedback/%s", 8);
    /** An action: the action, its session, the owners to choose from. */
    static final Map<String, Integer> NB_ACTION = budgets("actions/%s", 4);
    /** The partner's feedback page: their partner id, the session, attendance, their feedback. */
    static final Map<String, Integer> NB_PARTNER_FEEDBACK = budgets("my-feedback/%s", 5);
    /**
     * The reviewer's evidence page for the demo assignment: every module's source runs a fixed set of aggregate
     * queries, however large the provider: reviewer access's check and record of the look (3), definitions (2),
     * support (7), planning, feedback, and the insights figures and pitfall facts (DD043, DD040).
     */
    static final Map<String, Integer> REVIEWER_EVIDENCE = budgets("evidence/%s", 52);
    /**
     * Erasure (DD047): the lead's requests (page, names, count, the layout's one); a request (request, partner,
     * blockers' reads); the partner's page (their partner id, their open request).
     */
    static final Map<String, Integer> NB_ERASURE = budgets("erasure-requests", 4);
    static final Map<String, Integer> NB_ERASURE_REQUEST = budgets("erasure-requests/%s", 4);
    static final Map<String, Integer> NB_PARTNER_LEAVE = budgets("my-data/leave", 2);
    /** The lead's privacy notice: its versions, newest first (DD050). */
    static final Map<String, Integer> NB_PRIVACY_LEAD = budgets("privacy-notice", 1);
    /**
     * The partner's notice (the newest version, and their confirmation of it: newest again and the confirmation) and
     * their list of looks (their partner id and the count, their partner id and the first page).
     */
    static final Map<String, Integer> NB_PARTNER_PRIVACY = budgets("privacy-notice/read", 3, "my-data/looks", 4);

    @Autowired
    private ApplicationContext context;

    @Autowired
    private JdbcTemplate jdbc;
    /** The partner's copy of their data: the page itself reads nothing until the button is pressed (DD045). */
    static final Map<String, Integer> NB_PARTNER_DATA = budgets("my-data", 0);
    /** The lead's copy for one partner: the partner's record for the heading (as the partner's page reads it). */
    static final Map<String, Integer> NB_LEAD_PARTNER_COPY = budgets("partners/%s/copy", 3);

    @BeforeEach
    void bulkProvider() {
        BulkProviderForTests.ensure(context);
    }

    @Test
    void everyViewStaysWithinItsStatementBudget_atTenThousandPartners() {
        Long bulk = jdbc.queryForObject("select id from provider where short_code = 'BULK'", Long.class);
        Long partner = jdbc.queryForObject("select min(id) from partner where tenant_id = ?", Long.class, bulk);
        var spent = new LinkedHashMap<String, Integer>();
        var allowed = new LinkedHashMap<String, Integer>();
        measure(BulkProviderForTests.COORDINATOR, BULK_COORDINATOR, partner, spent, allowed);
        measure(BulkProviderForTests.COORDINATOR, BULK_INSIGHTS, null, spent, allowed);
        measure(BulkProviderForTests.COORDINATOR, BULK_RETENTION, null, spent, allowed);
        measure(DemoLogins.NB_LEAD, NB_LEAD, null, spent, allowed);
        measure(DemoLogins.NB_PARTNER, NB_PARTNER, null, spent, allowed);
        Long place = app.involvement.sessions.MySessionsFixture.offerOn(jdbc, "NBU", DemoLogins.NB_PARTNER,
                app.involvement.sessions.MySessionsFixture.today().plusDays(3), app.involvement.sessions.OfferStatus.CONFIRMED,
                true, true);
        measure(DemoLogins.NB_PARTNER, NB_PARTNER_PLACE, place, spent, allowed);
        measure(DemoLogins.NB_PARTNER, NB_PARTNER_CLAIM, app.involvement.payments.ClaimFixture.demoPartnersClaim(jdbc),
                spent, allowed);
        Long module = jdbc.queryForObject("select min(m.id) from training_module m join provider v on v.id = m.tenant_id"
                + " where v.short_code = 'NBU'", Long.class);
        measure(DemoLogins.NB_COORDINATOR, NB_COORDINATOR, module, spent, allowed);
        measure(DemoLogins.NB_COORDINATOR, NB_SESSION, app.involvement.sessions.SessionTestData.northbridgeSession(jdbc),
                spent, allowed);
        measure(DemoLogins.NB_COORDINATOR, NB_CLAIM, app.involvement.payments.PaymentTestData.northbridgeClaim(jdbc),
                spent, allowed);
        measure(DemoLogins.NB_FINANCE, NB_RATE_CARD, app.involvement.payments.RateCardFixture.northbridgeCard(jdbc),
                spent, allowed);
        measure(DemoLogins.NB_LEAD, NB_PLANNING, null, spent, allowed);
        measure(DemoLogins.NB_LEAD, NB_POLICY, app.involvement.planning.PlanningFixture.northbridgePolicy(jdbc), spent,
                allowed);
        measure(DemoLogins.NB_LEAD, NB_REVIEW_CYCLE, app.involvement.planning.PlanningFixture.northbridgeCycle(jdbc),
                spent, allowed);
        measure(DemoLogins.PLATFORM, PLATFORM_ADMIN, null, spent, allowed);
        measure(DemoLogins.PLATFORM, PLATFORM_ASSIGNMENTS, null, spent, allowed);
        measure(DemoLogins.NB_LEAD, NB_EVIDENCE_VIEWS, null, spent, allowed);
        measure(DemoLogins.NB_LEAD, NB_ERASURE, null, spent, allowed);
        measure(DemoLogins.NB_LEAD, NB_ERASURE_REQUEST, app.involvement.erasure.ErasureFixture.northbridgeDemoRequest(jdbc),
                spent, allowed);
        measure(DemoLogins.NB_PARTNER, NB_PARTNER_LEAVE, null, spent, allowed);
        measure(DemoLogins.NB_FINANCE, NB_FINANCE, app.involvement.payments.RunTestData.northbridgeRun(jdbc), spent,
                allowed);
        measure(DemoLogins.REVIEWER, REVIEWER_EVIDENCE, app.involvement.evidence.EvidenceFixture.reviewersAssignment(jdbc),
                spent, allowed);

        measure(BulkProviderForTests.COORDINATOR, BULK_FEEDBACK, null, spent, allowed);
        measure(DemoLogins.NB_COORDINATOR, NB_SESSION_FEEDBACK,
                app.involvement.feedback.FeedbackTestData.northbridgeCompletedSession(jdbc), spent, allowed);
        measure(DemoLogins.NB_COORDINATOR, NB_ACTION, app.involvement.feedback.FeedbackTestData.northbridgeAction(jdbc),
                spent, allowed);
        measure(DemoLogins.NB_PARTNER, NB_PARTNER_FEEDBACK,
                app.involvement.feedback.FeedbackTestData.demoPartnersSession(jdbc), spent, allowed);
        measure(DemoLogins.NB_LEAD, NB_PRIVACY_LEAD, null, spent, allowed);
        measure(DemoLogins.NB_PARTNER, NB_PARTNER_PRIVACY, null, spent, allowed);

        measure(DemoLogins.NB_PARTNER, NB_PARTNER_DATA, null, spent, allowed);
        measure(DemoLogins.NB_LEAD, NB_LEAD_PARTNER_COPY, jdbc.queryForObject("select min(p.id) from partner p"
                + " join provider v on v.id = p.tenant_id where v.short_code = 'NBU'", Long.class), spent, allowed);

        System.out.printf("%nStatements per view (spent / budget):%n");
        spent.forEach((route, n) -> System.out.printf("  %-40s %3d / %d%n", route, n, allowed.get(route)));
        spent.forEach((route, n) -> assertThat(n).as(route).isLessThanOrEqualTo(allowed.get(route)));
    }

    private void measure(String email, Map<String, Integer> budgets, Long partner, Map<String, Integer> spent,
            Map<String, Integer> allowed) {
        as(email, () -> budgets.forEach((template, budget) -> {
            String route = template.formatted(partner);
            StatementCounter.reset();
            UI.getCurrent().navigate(route);
            for (Grid<?> grid : $(Grid.class).all()) {
                test(grid).size();
            }
            String key = email + " /" + template.replace("%s", "{id}");
            spent.put(key, StatementCounter.count());
            allowed.put(key, budget);
        }));
    }

    private static Map<String, Integer> budgets(Object... routeAndBudget) {
        var map = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < routeAndBudget.length; i += 2) {
            map.put((String) routeAndBudget[i], (Integer) routeAndBudget[i + 1]);
        }
        return map;
    }
}
