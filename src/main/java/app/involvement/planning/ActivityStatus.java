package app.involvement.planning;

/** Where a quality activity raised in a review stands. */
public enum ActivityStatus {
    OPEN,
    RESPONDED,
    CLOSED
}
