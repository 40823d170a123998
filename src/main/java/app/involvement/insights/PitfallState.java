package app.involvement.insights;

public enum PitfallState {
    /** The rule found the pitfall. */
    FIRED,
    /** Checked; nothing found. */
    CLEAR,
    /** The figures it needs are not recorded in this portal (yet). */
    UNKNOWN
}
