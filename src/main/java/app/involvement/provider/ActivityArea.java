package app.involvement.provider;

/** The areas of involvement the HCPC describes. */
public enum ActivityArea {
    LEARNER_FACING,
    GOVERNANCE,
    QUALITY_IMPROVEMENT,
    RESEARCH
}
