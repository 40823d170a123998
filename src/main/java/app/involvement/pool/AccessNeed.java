package app.involvement.pool;

/** Reasonable adjustments a partner may ask for; details go into the free-text access notes. */
public enum AccessNeed {
    FORMAT,
    VENUE_MOBILITY,
    INTERPRETER_BSL,
    HEARING_LOOP,
    COMPANION,
    BREAKS,
    OTHER
}
