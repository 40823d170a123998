package app.involvement.payments;

/** A payment run is open (claims may be added or taken out), exported (fixed) and then paid. */
public enum RunStatus {
    OPEN,
    EXPORTED,
    PAID
}
