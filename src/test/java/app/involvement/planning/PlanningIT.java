package app.involvement.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ReviewKind;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The lead's strategy, objectives, versioned policies and review cycles as a user would notice them: what is stored,
 * what is refused (with nothing stored), who may write, what is audited, and the figures the pitfalls read. Works on
 * Northbridge with its own names ("IT-planning"), put back afterwards.
 */
class PlanningIT extends IntegrationTestBase {

    static final String MARK = "IT-planning";
    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    @Autowired
    private Strategies strategies;
    @Autowired
    private Policies policies;
    @Autowired
    private ReviewCycles cycles;
    @Autowired
    private PlanningFigures figures;

    private StrategyInput demoStrategy;

    @BeforeEach
    void rememberTheStrategy() {
        demoStrategy = as(DemoLogins.NB_LEAD, () -> strategies.current().map(Strategy::input).orElse(null));
    }

    @AfterEach
    void putBack() {
        forget(jdbc);
        if (demoStrategy != null) {
            as(DemoLogins.NB_LEAD, () -> strategies.save(demoStrategy));
        }
    }

    static void forget(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        jdbc.update("delete from strategy_objective where title like '" + MARK + "%'");
        jdbc.update("delete from policy_version where policy_id in (select id from planning_policy where title like '"
                + MARK + "%')");
        jdbc.update("delete from planning_policy where title like '" + MARK + "%'");
        String cyclesOfTest = "(select id from review_cycle where summary like '" + MARK + "%')";
        jdbc.update("delete from quality_activity where cycle_id in " + cyclesOfTest);
        jdbc.update("delete from review_referral where cycle_id in " + cyclesOfTest);
        jdbc.update("delete from review_cycle_programme where cycle_id in " + cyclesOfTest);
        jdbc.update("delete from review_cycle where summary like '" + MARK + "%'");
    }

    @Test
    void theLeadWritesTheStrategy_andAnObjective_whichTheCoordinatorReads_andTheFiguresCount() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        as(DemoLogins.NB_LEAD, () -> {
            strategies.save(new StrategyInput(MARK + " strategy", "Our plan.", "Asha Patel", today.minusMonths(1),
                    today.plusYears(2)));
            strategies.addObjective(new ObjectiveInput(MARK + " objective", "Sessions with a partner", "80%",
                    "Colin Okafor", "Half way", ObjectiveStatus.ON_TRACK));
        });
        as(DemoLogins.NB_COORDINATOR, () -> {
            var strategy = strategies.current().orElseThrow();
            assertThat(strategy.title()).isEqualTo(MARK + " strategy");
            assertThat(strategy.objectives()).extracting(Objective::title).contains(MARK + " objective");
            assertThat(strategy.objectives()).filteredOn(o -> o.title().startsWith(MARK)).singleElement()
                    .extracting(Objective::progress).isEqualTo("Half way");
            assertThat(figures.hasStrategyInForce()).isTrue();
            assertThat(figures.objectivesInForce()).isEqualTo(strategy.objectives().size());
            assertThatThrownBy(() -> strategies.save(strategy.input())).isInstanceOf(AccessDeniedException.class);
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'OBJECTIVE_ADDED'"
                + " and detail like ?", Long.class, MARK + " objective%")).isOne();
    }

    @Test
    void aStrategyEndingInThePast_isNotInForce_soNoObjectivesCount() {
        as(DemoLogins.NB_LEAD, () -> {
            strategies.save(new StrategyInput(MARK + " old", "Old plan.", "Asha Patel", LocalDate.of(2015, 9, 1),
                    LocalDate.of(2018, 8, 31)));
            assertThat(figures.hasStrategyInForce()).isFalse();
            assertThat(figures.objectivesInForce()).isZero();
        });
    }

    @Test
    void badStrategies_areRefused_andNothingChanges() {
        as(DemoLogins.NB_LEAD, () -> {
            var before = strategies.current();
            assertRefused(() -> strategies.save(new StrategyInput(MARK, "Text", "Owner", DAY, DAY.minusDays(1))),
                    "planning.end-before-start");
            assertRefused(() -> strategies.save(new StrategyInput(MARK, "Text", "Owner", DAY, DAY.plusYears(11))),
                    "strategy.too-long");
            assertRefused(() -> strategies.save(new StrategyInput(" ", "Text", "Owner", DAY, DAY.plusYears(1))),
                    "field.required");
            assertRefused(() -> strategies.save(new StrategyInput("x".repeat(PlanningLimits.TITLE + 1), "Text", "Owner",
                    DAY, DAY.plusYears(1))), "planning.too-long");
            assertRefused(() -> strategies.addObjective(new ObjectiveInput(MARK, "m", "t", "o", null, null)),
                    "field.required");
            assertThat(strategies.current()).isEqualTo(before);
        });
    }

    @Test
    void aNewVersion_keepsTheOldOne_andTheListShowsTheNewest() {
        Long id = as(DemoLogins.NB_LEAD, () -> policies.create(MARK + " policy", PolicyKind.POLICY,
                text("First words", DAY)));
        int number = as(DemoLogins.NB_LEAD, () -> policies.addVersion(id, new PolicyVersionInput("Colin Okafor",
                DAY.plusMonths(6), DAY.plusYears(2), null, "policy.pdf", pdf())));
        assertThat(number).isEqualTo(2);
        as(DemoLogins.NB_COORDINATOR, () -> {
            var details = policies.get(id);
            assertThat(details.versions()).extracting(PolicyVersion::number).containsExactly(2, 1);
            assertThat(details.versions().get(1).text()).isEqualTo("First words");
            assertThat(details.versions().get(0).fileName()).isEqualTo("policy.pdf");
            var file = policies.download(details.versions().get(0).id()).orElseThrow();
            assertThat(file.contentType()).isEqualTo("application/pdf");
            assertThat(policies.download(details.versions().get(1).id())).as("a text version has no file").isEmpty();
            assertThat(policies.list()).filteredOn(p -> p.id().equals(id)).singleElement()
                    .satisfies(p -> {
                        assertThat(p.version()).isEqualTo(2);
                        assertThat(p.owner()).isEqualTo("Colin Okafor");
                    });
        });
    }

    @Test
    void aProgramRenamedToPdf_aTextAndAFile_andAReviewBeforeApproval_areRefused() {
        byte[] program = {0x4d, 0x5a, (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};
        as(DemoLogins.NB_LEAD, () -> {
            assertRefused(() -> policies.create(MARK + " exe", PolicyKind.POLICY, new PolicyVersionInput("Asha",
                    DAY, DAY.plusYears(1), null, "policy.pdf", program)), "policies.file-wrong-type");
            assertRefused(() -> policies.create(MARK + " both", PolicyKind.POLICY, new PolicyVersionInput("Asha",
                    DAY, DAY.plusYears(1), "Text", "policy.pdf", pdf())), "policies.file-or-text");
            assertRefused(() -> policies.create(MARK + " neither", PolicyKind.POLICY, new PolicyVersionInput("Asha",
                    DAY, DAY.plusYears(1), " ", null, null)), "policies.file-or-text");
            assertRefused(() -> policies.create(MARK + " dates", PolicyKind.PROCESS, text("Text", DAY.plusDays(1))
                    .withReview(DAY)), "policies.review-before-approval");
            policies.create(MARK + " unique", PolicyKind.POLICY, text("Text", DAY));
            assertRefused(() -> policies.create(MARK + " UNIQUE", PolicyKind.POLICY, text("Text", DAY)),
                    "policies.title-in-use");
        });
        assertThat(jdbc.queryForObject("select count(*) from planning_policy where title like ?", Long.class,
                MARK + "%")).as("only the good one stored").isOne();
    }

    @Test
    void theCoordinatorAndFinance_cannotWrite_andFinanceCannotRead() {
        Long policy = PlanningFixture.northbridgePolicy(jdbc);
        as(DemoLogins.NB_COORDINATOR, () -> {
            assertThatThrownBy(() -> policies.create(MARK, PolicyKind.POLICY, text("x", DAY)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> policies.addVersion(policy, text("x", DAY)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cycles.create(cycle(Set.of()))).isInstanceOf(AccessDeniedException.class);
        });
        as(DemoLogins.NB_FINANCE, () -> {
            assertThatThrownBy(() -> policies.list()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cycles.list()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> strategies.current()).isInstanceOf(AccessDeniedException.class);
        });
        as(DemoLogins.NB_PARTNER, () -> assertThatThrownBy(() -> figures.hasStrategyInForce())
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void aReviewCycle_withActivitiesAndReferrals_andTheOpenInvolvementReferralsOnTheHome() {
        Long programme = jdbc.queryForObject("select min(p.id) from programme p join provider v on v.id = p.tenant_id"
                + " where v.short_code = 'NBU'", Long.class);
        long openBefore = as(DemoLogins.NB_LEAD, () -> figures.openInvolvementReferrals());
        Long cycle = as(DemoLogins.NB_LEAD, () -> cycles.create(cycle(Set.of(programme))));
        Long policy = PlanningFixture.northbridgePolicy(jdbc);
        as(DemoLogins.NB_LEAD, () -> {
            cycles.addActivity(cycle, new QualityActivityInput("How?", "Like this.", "policies/" + policy,
                    ActivityStatus.RESPONDED));
            assertRefused(() -> cycles.addActivity(cycle, new QualityActivityInput("Where?", null,
                    "https://evil.example/", ActivityStatus.OPEN)), "review-cycles.evidence-unknown");
            cycles.addReferral(cycle, new ReferralInput(MARK + " involvement", ReviewKind.FOCUSED_REVIEW,
                    LocalDate.of(2000, 1, 1), ReferralStatus.OPEN, true));
            cycles.addReferral(cycle, new ReferralInput(MARK + " other", ReviewKind.PERFORMANCE_REVIEW,
                    LocalDate.of(2000, 1, 2), ReferralStatus.OPEN, false));
        });
        as(DemoLogins.NB_COORDINATOR, () -> {
            var details = cycles.get(cycle);
            assertThat(details.programmes()).extracting(CoveredProgramme::id).containsExactly(programme);
            assertThat(details.activities()).singleElement().extracting(QualityActivity::evidencePath)
                    .isEqualTo("policies/" + policy);
            assertThat(details.referrals()).hasSize(2);
            assertThat(figures.openInvolvementReferrals()).isEqualTo(openBefore + 1);
            assertThat(cycles.openInvolvementReferrals(1)).singleElement().extracting(Referral::issue)
                    .as("the soonest due first").isEqualTo(MARK + " involvement");
            assertThat(cycles.list()).filteredOn(c -> c.id().equals(cycle)).singleElement().satisfies(c -> {
                assertThat(c.programmes()).isOne();
                assertThat(c.openActivities()).isOne();
                assertThat(c.openReferrals()).isEqualTo(2);
            });
        });
        Long referral = as(DemoLogins.NB_LEAD, () -> cycles.get(cycle).referrals().get(0).id());
        as(DemoLogins.NB_LEAD, () -> cycles.updateReferral(cycle, referral, new ReferralInput(MARK + " involvement",
                ReviewKind.FOCUSED_REVIEW, LocalDate.of(2000, 1, 1), ReferralStatus.CLOSED, true)));
        as(DemoLogins.NB_LEAD, () -> assertThat(figures.openInvolvementReferrals()).isEqualTo(openBefore));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'REFERRAL_CHANGED'"
                + " and subject = ?", Long.class, "referral " + referral)).isOne();
    }

    @Test
    void aCycleEndingBeforeItStarts_isRefused() {
        as(DemoLogins.NB_LEAD, () -> assertRefused(() -> cycles.create(new ReviewCycleInput(ReviewKind.APPROVAL, DAY,
                DAY.minusDays(1), MARK, Set.of())), "planning.end-before-start"));
    }

    static ReviewCycleInput cycle(Set<Long> programmes) {
        return new ReviewCycleInput(ReviewKind.PERFORMANCE_REVIEW, DAY, null, MARK + " cycle", programmes);
    }

    static PolicyVersionInput text(String text, LocalDate approved) {
        return new PolicyVersionInput("Asha Patel", approved, approved.plusYears(1), text, null, null);
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static void assertRefused(Runnable body, String key) {
        assertThatThrownBy(body::run).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo(key);
    }
}
