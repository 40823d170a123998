package app.involvement.sessions;

/** A partner declared a conflict of interest for a session; the coordinator is alerted. */
public record ConflictDeclared(Long tenantId, Long sessionId, Long partnerId) {
}
