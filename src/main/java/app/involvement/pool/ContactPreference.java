package app.involvement.pool;

/** How a partner prefers to be contacted. */
public enum ContactPreference {
    EMAIL,
    PHONE,
    TEXT_MESSAGE,
    POST
}
