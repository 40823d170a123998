package app.involvement.planning;

/** What the pitfall indicators and the insights need to know about the current provider's planning. */
public interface PlanningFigures {

    /** Whether the provider has an involvement strategy in force today. */
    boolean hasStrategyInForce();

    /** Objectives of the strategy in force today (0 without one). */
    long objectivesInForce();

    /** Referrals about involvement from a review cycle that are still open. */
    long openInvolvementReferrals();
}
