package app.involvement.sessions;

/** What accepting an offer gave the partner. */
public enum AcceptOutcome {
    /** A place. */
    CONFIRMED,
    /** The places were full: a backup slot, asked first if a place frees up. */
    BACKUP,
    /** Waiting for the coordinator to confirm. */
    AWAITING_CONFIRMATION
}
