package app.involvement.planning;

/** How an objective of the strategy stands. */
public enum ObjectiveStatus {
    NOT_STARTED,
    ON_TRACK,
    AT_RISK,
    ACHIEVED
}
