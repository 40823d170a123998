package app.involvement.sessions;

/** Fewer partners hold a place than the session's minimum; the lead is told. */
public record SessionBelowMinimum(Long tenantId, Long sessionId) {
}
