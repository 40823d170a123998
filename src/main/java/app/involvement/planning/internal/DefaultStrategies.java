package app.involvement.planning.internal;

import app.involvement.planning.ObjectiveInput;
import app.involvement.planning.PlanningLimits;
import app.involvement.planning.Strategies;
import app.involvement.planning.Strategy;
import app.involvement.planning.StrategyInput;
import app.involvement.shared.BusinessRuleException;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The involvement strategy and its objectives (DD038): the lead writes, coordinators read. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
class DefaultStrategies implements Strategies {

    private final StrategyRepository strategies;
    private final ObjectiveRepository objectives;
    private final PlanningAudit audit;

    DefaultStrategies(StrategyRepository strategies, ObjectiveRepository objectives, PlanningAudit audit) {
        this.strategies = strategies;
        this.objectives = objectives;
        this.audit = audit;
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public Optional<Strategy> current() {
        return strategies.findFirstByOrderByIdAsc().map(s -> new Strategy(s.getId(), s.getTitle(), s.getBody(),
                s.getOwner(), s.getStartsOn(), s.getEndsOn(), s.getUpdatedBy(),
                objectives.findByStrategyIdOrderByIdAsc(s.getId()).stream().map(ObjectiveEntry::view).toList()));
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public void save(StrategyInput input) {
        var clean = PlanningRules.strategy(input);
        var existing = strategies.findFirstByOrderByIdAsc();
        if (existing.isPresent()) {
            existing.get().change(clean, audit.actor());
            audit.record("STRATEGY_CHANGED", "strategy " + existing.get().getId(), describe(clean));
        } else {
            var saved = strategies.save(new StrategyEntry(clean, audit.actor()));
            audit.record("STRATEGY_CREATED", "strategy " + saved.getId(), describe(clean));
        }
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public Long addObjective(ObjectiveInput input) {
        var clean = PlanningRules.objective(input);
        var strategy = strategies.findFirstByOrderByIdAsc()
                .orElseThrow(() -> new BusinessRuleException("objectives.no-strategy"));
        if (objectives.countByStrategyId(strategy.getId()) >= PlanningLimits.MAX_OBJECTIVES) {
            throw new BusinessRuleException("objectives.too-many", PlanningLimits.MAX_OBJECTIVES);
        }
        var saved = objectives.save(new ObjectiveEntry(strategy.getId(), clean));
        audit.record("OBJECTIVE_ADDED", "objective " + saved.getId(), clean.title() + " (" + clean.status() + ")");
        return saved.getId();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public void updateObjective(Long objectiveId, ObjectiveInput input) {
        var objective = (objectiveId == null ? Optional.<ObjectiveEntry>empty() : objectives.findById(objectiveId))
                .orElseThrow(() -> audit.refused("objective " + objectiveId));
        var clean = PlanningRules.objective(input);
        objective.change(clean);
        audit.record("OBJECTIVE_CHANGED", "objective " + objectiveId, clean.title() + " (" + clean.status() + ")");
    }

    private static String describe(StrategyInput s) {
        return s.title() + ", " + s.startsOn() + "–" + s.endsOn() + ", owner " + s.owner();
    }
}
