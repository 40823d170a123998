package app.involvement.sessions;

/** Recorded per confirmed partner after the session; feeds payment and evaluation. */
public enum Attendance {
    ATTENDED,
    NO_SHOW,
    /** The partner could not come and said so (late cancellation). */
    CANCELLED
}
