package app.involvement.feedback;

/** Where an action raised from feedback stands. Done actions are told back to partners. */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE
}
