package app.involvement.sessions;

/**
 * What a session is. Developing simulation material with partners counts as involvement; re-using that material
 * later is recorded for the record only and never counts as involvement anywhere (figures, evidence, fairness).
 */
public enum SessionKind {
    INVOLVEMENT,
    SIMULATION_DEVELOPMENT,
    SIMULATION_REUSE;

    public boolean countsAsInvolvement() {
        return this != SIMULATION_REUSE;
    }
}
