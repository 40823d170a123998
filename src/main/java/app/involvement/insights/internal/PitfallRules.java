package app.involvement.insights.internal;

import app.involvement.insights.Pitfall;
import app.involvement.insights.PitfallIndicator;
import app.involvement.insights.PitfallLimits;
import app.involvement.insights.PitfallState;
import app.involvement.insights.PitfallThresholds;
import app.involvement.provider.ProgrammeFigures.ProgrammeGap;
import app.involvement.sessions.InvolvementFigures.ConcentrationRow;
import app.involvement.sessions.InvolvementFigures.CoverageRow;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The pitfall rules (DD041): pure functions of the facts and the provider's thresholds, compared in whole numbers so
 * a threshold is met exactly at its edge (50% of 10 participations is 5).
 */
final class PitfallRules {

    private PitfallRules() {
    }

    static List<PitfallIndicator> evaluate(PitfallFacts facts, PitfallThresholds thresholds) {
        return List.of(reliance(facts.overall(), thresholds), narrow(facts, thresholds),
                roles(facts.gaps(), facts.gapCount()), strategy(facts.hasStrategy(), facts.objectives()),
                notEvaluated(facts.notEvaluated(), thresholds), overdue(facts.overdueActions(), thresholds),
                shrinking(facts, thresholds));
    }

    static PitfallIndicator reliance(ConcentrationRow overall, PitfallThresholds thresholds) {
        long participations = overall.participations();
        if (participations == 0) {
            return indicator(Pitfall.RELIANCE, PitfallState.CLEAR, "pitfalls.reliance.none");
        }
        long percent = overall.top() * 100 / participations;
        boolean fired = overall.top() * 100 >= (long) thresholds.relianceSharePercent() * participations;
        return indicator(Pitfall.RELIANCE, fired ? PitfallState.FIRED : PitfallState.CLEAR,
                fired ? "pitfalls.reliance.fired" : "pitfalls.reliance.clear",
                Math.min(thresholds.relianceTopPartners(), overall.partners()), percent, participations,
                overall.partners(), thresholds.relianceSharePercent());
    }

    static PitfallIndicator narrow(PitfallFacts facts, PitfallThresholds thresholds) {
        long categories = facts.currentCategories();
        if (categories == 0) {
            return indicator(Pitfall.NARROW_EXPERIENCE, PitfallState.UNKNOWN, "pitfalls.narrow.no-categories");
        }
        List<String> narrow = new ArrayList<>();
        for (CoverageRow row : facts.coverage()) {
            if (row.defined() && row.participations() > 0
                    && row.covered() * 100 < (long) thresholds.coveragePercent() * categories) {
                narrow.add(row.programme());
            }
        }
        return narrow.isEmpty()
                ? indicator(Pitfall.NARROW_EXPERIENCE, PitfallState.CLEAR, "pitfalls.narrow.clear",
                        thresholds.coveragePercent())
                : indicator(Pitfall.NARROW_EXPERIENCE, PitfallState.FIRED, "pitfalls.narrow.fired", narrow.size(),
                        names(narrow), thresholds.coveragePercent());
    }

    static PitfallIndicator roles(List<ProgrammeGap> gaps, long count) {
        if (count == 0) {
            return indicator(Pitfall.NO_NAMED_ROLES, PitfallState.CLEAR, "pitfalls.roles.clear");
        }
        return indicator(Pitfall.NO_NAMED_ROLES, PitfallState.FIRED, "pitfalls.roles.fired", count,
                names(gaps.stream().map(ProgrammeGap::name).toList()));
    }

    static PitfallIndicator strategy(Boolean hasStrategy, Long objectives) {
        if (hasStrategy == null || objectives == null) {
            return indicator(Pitfall.NO_STRATEGY, PitfallState.UNKNOWN, "pitfalls.strategy.unknown");
        }
        if (!hasStrategy) {
            return indicator(Pitfall.NO_STRATEGY, PitfallState.FIRED, "pitfalls.strategy.none");
        }
        if (objectives == 0) {
            return indicator(Pitfall.NO_STRATEGY, PitfallState.FIRED, "pitfalls.strategy.no-objectives");
        }
        return indicator(Pitfall.NO_STRATEGY, PitfallState.CLEAR, "pitfalls.strategy.clear", objectives);
    }

    static PitfallIndicator notEvaluated(Long count, PitfallThresholds thresholds) {
        if (count == null) {
            return indicator(Pitfall.NOT_EVALUATED, PitfallState.UNKNOWN, "pitfalls.evaluation.unknown");
        }
        boolean fired = count >= thresholds.unevaluatedSessions();
        return indicator(Pitfall.NOT_EVALUATED, fired ? PitfallState.FIRED : PitfallState.CLEAR,
                fired ? "pitfalls.evaluation.fired" : "pitfalls.evaluation.clear", count,
                thresholds.unevaluatedSessions());
    }

    static PitfallIndicator overdue(Long count, PitfallThresholds thresholds) {
        if (count == null) {
            return indicator(Pitfall.ACTIONS_OVERDUE, PitfallState.UNKNOWN, "pitfalls.actions.unknown");
        }
        boolean fired = count >= thresholds.overdueActions();
        return indicator(Pitfall.ACTIONS_OVERDUE, fired ? PitfallState.FIRED : PitfallState.CLEAR,
                fired ? "pitfalls.actions.fired" : "pitfalls.actions.clear", count, thresholds.overdueActions());
    }

    static PitfallIndicator shrinking(PitfallFacts facts, PitfallThresholds thresholds) {
        long net = facts.leavers() - facts.joiners();
        boolean fired = net > 0 && net * 100 >= (long) thresholds.shrinkPercent() * Math.max(facts.active(), 1);
        return indicator(Pitfall.POOL_SHRINKING, fired ? PitfallState.FIRED : PitfallState.CLEAR,
                fired ? "pitfalls.pool.fired" : "pitfalls.pool.clear", facts.joiners(), facts.leavers(),
                facts.active(), thresholds.shrinkPercent());
    }

    private static String names(List<String> names) {
        String shown = names.stream().limit(PitfallLimits.NAMES_QUOTED).collect(Collectors.joining(", "));
        return names.size() > PitfallLimits.NAMES_QUOTED ? shown + ", …" : shown;
    }

    private static PitfallIndicator indicator(Pitfall pitfall, PitfallState state, String key, Object... arguments) {
        return new PitfallIndicator(pitfall, state, key, List.of(arguments));
    }
}
