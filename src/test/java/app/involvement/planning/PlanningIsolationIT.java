package app.involvement.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ReviewKind;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Two providers: Southmoor's lead cannot see or change Northbridge's strategy, policies, versions, review cycles,
 * activities or referrals, nor point at Northbridge's records, whatever ids they put in. Each refusal changes
 * nothing and is audited.
 */
class PlanningIsolationIT extends IntegrationTestBase {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 2);

    @Autowired
    private Strategies strategies;
    @Autowired
    private Policies policies;
    @Autowired
    private ReviewCycles cycles;
    @Autowired
    private PlanningFigures figures;

    private Long nbPolicy;
    private Long nbVersion;
    private Long nbCycle;
    private Long nbActivity;
    private Long nbReferral;
    private Long nbProgramme;
    private Long smCycle;

    @BeforeEach
    void northbridgeRecords() {
        PlanningIT.forget(jdbc);
        nbPolicy = as(DemoLogins.NB_LEAD, () -> policies.create(PlanningIT.MARK + " NB policy", PolicyKind.POLICY,
                PlanningIT.text("Northbridge only", DAY)));
        nbVersion = as(DemoLogins.NB_LEAD, () -> policies.get(nbPolicy).versions().get(0).id());
        nbProgramme = jdbc.queryForObject("select min(p.id) from programme p join provider v on v.id = p.tenant_id"
                + " where v.short_code = 'NBU'", Long.class);
        nbCycle = as(DemoLogins.NB_LEAD, () -> cycles.create(PlanningIT.cycle(Set.of(nbProgramme))));
        nbActivity = as(DemoLogins.NB_LEAD, () -> cycles.addActivity(nbCycle, new QualityActivityInput("NB question",
                null, null, ActivityStatus.OPEN)));
        nbReferral = as(DemoLogins.NB_LEAD, () -> cycles.addReferral(nbCycle, new ReferralInput(PlanningIT.MARK
                + " NB referral", ReviewKind.FOCUSED_REVIEW, DAY, ReferralStatus.OPEN, true)));
        smCycle = as(DemoLogins.SM_LEAD, () -> cycles.create(PlanningIT.cycle(Set.of())));
    }

    @AfterEach
    void forget() {
        PlanningIT.forget(jdbc);
    }

    @Test
    void southmoor_neitherListsNorCountsNorthbridgesRecords() {
        as(DemoLogins.SM_LEAD, () -> {
            assertThat(policies.list()).extracting(PolicySummary::id).doesNotContain(nbPolicy);
            assertThat(cycles.list()).extracting(ReviewCycleSummary::id).doesNotContain(nbCycle).contains(smCycle);
            assertThat(cycles.openInvolvementReferrals(100)).extracting(Referral::id).doesNotContain(nbReferral);
            assertThat(strategies.current()).as("Southmoor has no strategy of its own").isEmpty();
            assertThat(figures.hasStrategyInForce()).isFalse();
            assertThat(figures.objectivesInForce()).isZero();
            assertThat(cycles.evidenceLinks()).extracting(EvidenceLink::path)
                    .doesNotContain("policies/" + nbPolicy, "programmes/" + nbProgramme);
            assertThat(policies.download(nbVersion)).isEmpty();
        });
    }

    @Test
    void tamperedIds_areRefused_audited_andChangeNothing() {
        var before = snapshot();
        long refusalsBefore = refusals();
        as(DemoLogins.SM_LEAD, () -> {
            assertThatThrownBy(() -> policies.get(nbPolicy)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> policies.addVersion(nbPolicy, PlanningIT.text("Tampered", DAY)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cycles.get(nbCycle)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cycles.update(nbCycle, PlanningIT.cycle(Set.of())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cycles.addActivity(nbCycle, new QualityActivityInput("x", null, null,
                    ActivityStatus.OPEN))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cycles.addReferral(nbCycle, new ReferralInput("x", ReviewKind.APPROVAL, DAY,
                    ReferralStatus.OPEN, true))).isInstanceOf(AccessDeniedException.class);
            // Northbridge's activity and referral through Southmoor's own cycle
            assertThatThrownBy(() -> cycles.updateActivity(smCycle, nbActivity, new QualityActivityInput("x", null,
                    null, ActivityStatus.CLOSED))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cycles.updateReferral(smCycle, nbReferral, new ReferralInput("x",
                    ReviewKind.APPROVAL, DAY, ReferralStatus.CLOSED, false))).isInstanceOf(AccessDeniedException.class);
            // Northbridge's programme in Southmoor's cycle, Northbridge's policy as Southmoor's evidence
            assertThatThrownBy(() -> cycles.update(smCycle, PlanningIT.cycle(Set.of(nbProgramme))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cycles.addActivity(smCycle, new QualityActivityInput("x", null,
                    "policies/" + nbPolicy, ActivityStatus.OPEN))).isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> strategies.updateObjective(firstNorthbridgeObjective(), new ObjectiveInput("x",
                    "m", "t", "o", null, ObjectiveStatus.ACHIEVED))).isInstanceOf(AccessDeniedException.class);
        });
        assertThat(snapshot()).isEqualTo(before);
        assertThat(refusals() - refusalsBefore).isGreaterThanOrEqualTo(9);
        assertThat(jdbc.queryForObject("select count(*) from review_cycle_programme where cycle_id = ?", Long.class,
                smCycle)).isZero();
    }

    @Test
    void childRows_carryTheirParentsProvider() {
        String[][] children = {{"strategy_objective", "involvement_strategy", "strategy_id"},
                {"policy_version", "planning_policy", "policy_id"}, {"quality_activity", "review_cycle", "cycle_id"},
                {"review_referral", "review_cycle", "cycle_id"}, {"review_cycle_programme", "review_cycle", "cycle_id"},
                {"review_cycle_programme", "programme", "programme_id"}};
        for (String[] c : children) {
            assertThat(jdbc.queryForObject("select count(*) from " + c[0] + " x join " + c[1] + " p on p.id = x." + c[2]
                    + " where x.tenant_id <> p.tenant_id", Long.class)).as(c[0]).isZero();
        }
    }

    private Long firstNorthbridgeObjective() {
        Long id = jdbc.queryForObject("select min(o.id) from strategy_objective o join provider v on v.id = o.tenant_id"
                + " where v.short_code = 'NBU'", Long.class);
        return id == null ? Long.MAX_VALUE : id;
    }

    private Map<String, Object> snapshot() {
        return jdbc.queryForMap("select (select count(*) from policy_version where policy_id = ?) versions,"
                + " (select version from review_cycle where id = ?) cycle_version,"
                + " (select count(*) from quality_activity where cycle_id = ?) activities,"
                + " (select status from quality_activity where id = ?) activity_status,"
                + " (select status from review_referral where id = ?) referral_status,"
                + " (select count(*) from review_referral where cycle_id = ?) referrals,"
                + " (select coalesce(sum(version), 0) from strategy_objective) objective_versions",
                nbPolicy, nbCycle, nbCycle, nbActivity, nbReferral, nbCycle);
    }

    private long refusals() {
        return jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ACCESS_DENIED_RECORD'"
                + " and tenant_id = ?", Long.class, providerId("SMC"));
    }
}
