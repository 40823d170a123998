package app.involvement.planning;

import java.util.Optional;

/**
 * The provider's involvement strategy (one at a time, rewritten when it is renewed) and its objectives. The lead
 * writes them; coordinators read them.
 */
public interface Strategies {

    /** The strategy with its objectives; empty while the provider has none. */
    Optional<Strategy> current();

    /**
     * Writes the strategy (the first one, or changes to it).
     *
     * @throws app.involvement.shared.BusinessRuleException for a missing or too long field, an end before the
     *         start, or a strategy longer than {@link PlanningLimits#MAX_STRATEGY_YEARS} years; nothing is stored
     */
    void save(StrategyInput input);

    /** @throws app.involvement.shared.BusinessRuleException without a strategy, or for a bad field */
    Long addObjective(ObjectiveInput input);

    /** @throws org.springframework.security.access.AccessDeniedException for another provider's objective */
    void updateObjective(Long objectiveId, ObjectiveInput input);
}
