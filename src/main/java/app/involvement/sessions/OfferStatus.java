package app.involvement.sessions;

/** Where one partner stands on one session. */
public enum OfferStatus {
    /** Sent, waiting for the partner, until it expires. */
    OFFERED,
    /** Accepted, waiting for the coordinator to confirm (coordinator-confirms mode). */
    ACCEPTED,
    /** Has a place. */
    CONFIRMED,
    /** Accepted when the places were full; asked in {@code backupRank} order when a place frees up. */
    BACKUP,
    DECLINED,
    /** Not answered in time. */
    EXPIRED,
    /** Gave up a confirmed place or a backup slot (no penalty). */
    WITHDRAWN,
    /** Taken back by the coordinator, or the session was cancelled. */
    RETRACTED;

    /** Holds or may soon hold a place, so the partner is busy at that time. */
    public boolean holdsPlace() {
        return this == CONFIRMED || this == ACCEPTED;
    }

    public boolean open() {
        return this == OFFERED || this == ACCEPTED || this == CONFIRMED || this == BACKUP;
    }
}
