package app.involvement.training;

/** Practical support a partner can ask for to attend (DD023). */
public enum SupportKind {
    /** Travel booked in advance, or tickets bought for them. */
    TRAVEL_BOOKED,
    TAXI,
    ACCESSIBLE_ROOM,
    BSL_INTERPRETER,
    HEARING_LOOP,
    /** A place for a companion or carer. */
    COMPANION_PLACE,
    /** Anything else; the details say what. */
    OTHER
}
