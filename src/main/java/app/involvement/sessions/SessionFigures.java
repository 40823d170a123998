package app.involvement.sessions;

/** Figures for the staff homes (DD030); one query each. */
public interface SessionFigures {

    /** Offers waiting for the partner's answer or the coordinator's confirmation, on planned sessions from today on. */
    long openOffers();
}
