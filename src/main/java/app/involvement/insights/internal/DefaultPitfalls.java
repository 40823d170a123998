package app.involvement.insights.internal;

import app.involvement.feedback.FeedbackFigures;
import app.involvement.insights.PitfallIndicator;
import app.involvement.insights.PitfallLimits;
import app.involvement.insights.PitfallThresholds;
import app.involvement.insights.Pitfalls;
import app.involvement.planning.PlanningFigures;
import app.involvement.pool.PoolFigures;
import app.involvement.provider.ProgrammeFigures;
import app.involvement.sessions.InvolvementFigures;
import app.involvement.shared.BusinessRuleException;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers the facts by aggregate queries (about a dozen, whatever the provider's size) and applies the rules (DD041).
 * Planning and feedback figures come from their modules when they are there; without them the indicator says it
 * cannot tell rather than "all clear".
 */
@Service
@Transactional(readOnly = true)
class DefaultPitfalls implements Pitfalls {

    private final InvolvementFigures involvement;
    private final PoolFigures pool;
    private final ProgrammeFigures programmes;
    private final ObjectProvider<PlanningFigures> planning;
    private final ObjectProvider<FeedbackFigures> feedback;
    private final PitfallThresholdRepository repository;
    private final InsightsAudit audit;
    private final Clock clock;

    DefaultPitfalls(InvolvementFigures involvement, PoolFigures pool, ProgrammeFigures programmes,
            ObjectProvider<PlanningFigures> planning, ObjectProvider<FeedbackFigures> feedback,
            PitfallThresholdRepository repository, InsightsAudit audit, Clock clock) {
        this.involvement = involvement;
        this.pool = pool;
        this.programmes = programmes;
        this.planning = planning;
        this.feedback = feedback;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'REVIEWER')")
    public List<PitfallIndicator> indicators() {
        PitfallThresholds thresholds = repository.current();
        return PitfallRules.evaluate(facts(thresholds.relianceTopPartners()), thresholds);
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'REVIEWER')")
    public PitfallThresholds thresholds() {
        return repository.current();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public PitfallThresholds updateThresholds(PitfallThresholds thresholds) {
        if (thresholds == null || !thresholds.sane()) {
            throw new BusinessRuleException("pitfalls.error.out-of-range");
        }
        var at = clock.instant();
        var entry = repository.findFirstBy();
        if (entry.isPresent()) {
            entry.get().change(thresholds, audit.actor(), at);
        } else {
            repository.save(new PitfallThresholdEntry(thresholds, audit.actor(), at));
        }
        audit.record("PITFALL_THRESHOLDS_SAVED", "pitfall thresholds", thresholds.toString());
        return thresholds;
    }

    private PitfallFacts facts(int top) {
        FigureWindow window = FigureWindow.lastTwelveMonths(clock);
        var scope = new InvolvementFigures.Scope(window.from(), window.today(), null, null);
        PlanningFigures plan = planning.getIfAvailable();
        FeedbackFigures evaluation = feedback.getIfAvailable();
        return new PitfallFacts(involvement.concentration(scope, top), involvement.coverage(scope),
                involvement.currentExperienceCategories(), programmes.withoutNamedRoles(PitfallLimits.NAMES_QUOTED + 1),
                programmes.countWithoutNamedRoles(), plan == null ? null : plan.hasStrategyInForce(),
                plan == null ? null : plan.objectivesInForce(),
                evaluation == null ? null : evaluation.completedWithoutEvaluation(window.from(), window.today()),
                evaluation == null ? null : evaluation.actionCounts(window.today()).overdue(),
                pool.joiners(window.from(), window.today()), pool.leavers(window.from(), window.today()),
                pool.active());
    }
}
