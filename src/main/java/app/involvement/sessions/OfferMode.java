package app.involvement.sessions;

/** How places are filled from offers. */
public enum OfferMode {
    /** The first partners to accept are confirmed up to the target; later ones become backups in the order they accepted. */
    FIRST_COME,
    /** Acceptances wait for the coordinator, who confirms them (or keeps them as backups). */
    COORDINATOR_CONFIRMS
}
