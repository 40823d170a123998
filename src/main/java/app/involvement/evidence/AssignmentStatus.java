package app.involvement.evidence;

/** Where an assignment's window stands today (UK date). */
public enum AssignmentStatus {
    UPCOMING,
    CURRENT,
    ENDED,
    ENDED_EARLY
}
