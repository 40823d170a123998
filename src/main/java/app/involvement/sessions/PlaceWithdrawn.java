package app.involvement.sessions;

/** A partner gave up their place or backup slot; the coordinator is told. The reason may be null. */
public record PlaceWithdrawn(Long tenantId, Long sessionId, Long offerId, Long partnerId, String reason) {
}
