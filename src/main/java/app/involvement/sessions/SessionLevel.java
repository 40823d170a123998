package app.involvement.sessions;

/** How deeply partners are involved in a session, from least to most (DOMAIN.md). */
public enum SessionLevel {
    INFORMED,
    CONSULTED,
    INVOLVED,
    CO_PRODUCED
}
