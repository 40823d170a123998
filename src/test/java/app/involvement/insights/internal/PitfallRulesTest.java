package app.involvement.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.insights.Pitfall;
import app.involvement.insights.PitfallIndicator;
import app.involvement.insights.PitfallState;
import app.involvement.insights.PitfallThresholds;
import app.involvement.provider.ProgrammeFigures.ProgrammeGap;
import app.involvement.sessions.InvolvementFigures.ConcentrationRow;
import app.involvement.sessions.InvolvementFigures.CoverageRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pitfall rules on hand-made facts: each fires at its threshold, not one below, and says why (DD041). */
class PitfallRulesTest {

    private static final PitfallThresholds DEFAULTS = PitfallThresholds.defaults();

    @Test
    void reliance_firesWhenTheTopPartnersReachTheShare_exactlyAtTheEdge() {
        // 3 busiest partners did 5 of 10 places: 50% meets the default 50%
        var atEdge = PitfallRules.reliance(new ConcentrationRow(null, null, 8, 10, 5, 1, 20), DEFAULTS);
        assertThat(atEdge.state()).isEqualTo(PitfallState.FIRED);
        assertThat(atEdge.reasonKey()).isEqualTo("pitfalls.reliance.fired");
        assertThat(atEdge.arguments()).containsExactly(3L, 50L, 10L, 8L, 50);

        var below = PitfallRules.reliance(new ConcentrationRow(null, null, 8, 10, 4, 1, 20), DEFAULTS);
        assertThat(below.state()).isEqualTo(PitfallState.CLEAR);

        var none = PitfallRules.reliance(new ConcentrationRow(null, null, 0, 0, 0, 0, 0), DEFAULTS);
        assertThat(none.state()).isEqualTo(PitfallState.CLEAR);
        assertThat(none.reasonKey()).isEqualTo("pitfalls.reliance.none");
    }

    @Test
    void reliance_twoPartnersDoingEverything_fireEvenWithFewerPartnersThanTheTopCount() {
        var two = PitfallRules.reliance(new ConcentrationRow(null, null, 2, 12, 12, 6, 72), DEFAULTS);
        assertThat(two.fired()).isTrue();
        assertThat(two.arguments()).first().isEqualTo(2L);
    }

    @Test
    void narrowExperience_namesOnlyDefinedProgrammesWithSessionsBelowTheShare() {
        var facts = facts(List.of(new CoverageRow(1L, "Physio", true, 10, 1),
                new CoverageRow(2L, "Nursing", true, 10, 2),
                new CoverageRow(3L, "Undefined", false, 10, 0),
                new CoverageRow(4L, "No sessions", true, 0, 0)), 4);

        PitfallIndicator narrow = PitfallRules.narrow(facts, DEFAULTS);

        // 1 of 4 is 25% < 50%; 2 of 4 is exactly 50%, not narrow
        assertThat(narrow.state()).isEqualTo(PitfallState.FIRED);
        assertThat(narrow.arguments()).containsExactly(1, "Physio", 50);
        assertThat(PitfallRules.narrow(facts(List.of(), 0), DEFAULTS).state()).isEqualTo(PitfallState.UNKNOWN);
    }

    @Test
    void namedRoles_strategy_evaluationAndActions() {
        assertThat(PitfallRules.roles(List.of(new ProgrammeGap(1L, "OT", false, true)), 1).arguments())
                .containsExactly(1L, "OT");
        assertThat(PitfallRules.roles(List.of(), 0).fired()).isFalse();

        assertThat(PitfallRules.strategy(null, null).state()).isEqualTo(PitfallState.UNKNOWN);
        assertThat(PitfallRules.strategy(false, 0L).reasonKey()).isEqualTo("pitfalls.strategy.none");
        assertThat(PitfallRules.strategy(true, 0L).reasonKey()).isEqualTo("pitfalls.strategy.no-objectives");
        assertThat(PitfallRules.strategy(true, 4L).fired()).isFalse();

        assertThat(PitfallRules.notEvaluated(null, DEFAULTS).state()).isEqualTo(PitfallState.UNKNOWN);
        assertThat(PitfallRules.notEvaluated(2L, DEFAULTS).fired()).isFalse();
        assertThat(PitfallRules.notEvaluated(3L, DEFAULTS).fired()).isTrue();
        assertThat(PitfallRules.overdue(0L, DEFAULTS).fired()).isFalse();
        assertThat(PitfallRules.overdue(1L, DEFAULTS).fired()).isTrue();
    }

    @Test
    void poolShrinking_firesWhenLeaversMinusJoinersReachTheShareOfTheActivePool() {
        // 40 active, 10%: a net fall of 4 fires, 3 does not; more joiners than leavers never fires
        assertThat(PitfallRules.shrinking(pool(2, 6, 40), DEFAULTS).fired()).isTrue();
        assertThat(PitfallRules.shrinking(pool(2, 5, 40), DEFAULTS).fired()).isFalse();
        assertThat(PitfallRules.shrinking(pool(9, 5, 40), DEFAULTS).fired()).isFalse();
        assertThat(PitfallRules.shrinking(pool(0, 1, 0), DEFAULTS).fired()).isTrue();
    }

    @Test
    void providerThresholds_changeWhatFires() {
        var strict = new PitfallThresholds(1, 20, 90, 1, 5, 5);
        var row = new ConcentrationRow(null, null, 10, 10, 2, 1, 10);
        assertThat(PitfallRules.reliance(row, DEFAULTS).fired()).isFalse();
        assertThat(PitfallRules.reliance(row, strict).fired()).isTrue();
        assertThat(PitfallRules.overdue(1L, strict).fired()).isFalse();
        assertThat(new PitfallThresholds(0, 50, 50, 3, 1, 10).sane()).isFalse();
        assertThat(new PitfallThresholds(3, 100, 50, 3, 1, 10).sane()).isFalse();
        assertThat(DEFAULTS.sane()).isTrue();
    }

    @Test
    void everyRuleReportsOnce_inPitfallOrder() {
        var indicators = PitfallRules.evaluate(facts(List.of(), 3), DEFAULTS);
        assertThat(indicators).extracting(PitfallIndicator::pitfall).containsExactly(Pitfall.values());
    }

    private static PitfallFacts facts(List<CoverageRow> coverage, long categories) {
        return new PitfallFacts(new ConcentrationRow(null, null, 0, 0, 0, 0, 0), coverage, categories, List.of(), 0,
                null, null, null, null, 0, 0, 10);
    }

    private static PitfallFacts pool(long joiners, long leavers, long active) {
        return new PitfallFacts(new ConcentrationRow(null, null, 0, 0, 0, 0, 0), List.of(), 1, List.of(), 0, true,
                1L, 0L, 0L, joiners, leavers, active);
    }
}
