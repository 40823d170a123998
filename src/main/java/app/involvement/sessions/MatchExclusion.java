package app.involvement.sessions;

/** Why an active partner cannot be offered a session; shown to the coordinator next to their name. */
public enum MatchExclusion {
    /** Missing, unconfirmed or expired training the activity type requires (see the training record). */
    NOT_PREPARED,
    /** Their availability (exception or weekly pattern) does not cover the session's time. */
    UNAVAILABLE,
    /** They hold a place on another session at an overlapping time. */
    CLASH,
    /** The session requires experience they have not consented to share. */
    EXPERIENCE_MISSING,
    /**
     * They already have an open offer, place or backup slot on this session, or declined it or gave it up; an
     * expired or retracted offer may be sent again.
     */
    ALREADY_ASKED
}
