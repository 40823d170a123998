package app.involvement.sessions;

/** When a partner tells us how they are: a check-in before a session, or a debrief request after it. */
public enum WellbeingStage {
    CHECK_IN,
    DEBRIEF
}
