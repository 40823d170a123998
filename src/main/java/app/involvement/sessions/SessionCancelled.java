package app.involvement.sessions;

/** A session was cancelled; everyone who held or was offered a place is told, with a calendar cancellation. */
public record SessionCancelled(Long tenantId, Long sessionId, java.util.List<Long> partnerIds) {
}
