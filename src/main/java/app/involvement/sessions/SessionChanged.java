package app.involvement.sessions;

/** A planned session's time, place or content changed; everyone confirmed is told, with the updated calendar entry. */
public record SessionChanged(Long tenantId, Long sessionId) {
}
