package app.involvement.sessions;

/** A partner now has a place on the session. */
public record PlaceConfirmed(Long tenantId, Long sessionId, Long offerId, Long partnerId) {
}
