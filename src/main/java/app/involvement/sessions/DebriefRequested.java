package app.involvement.sessions;

/** A partner asked for a debrief after a session; their named contact is told. */
public record DebriefRequested(Long tenantId, Long sessionId, Long partnerId) {
}
