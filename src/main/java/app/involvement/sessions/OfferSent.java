package app.involvement.sessions;

/** An offer (or, with backup true, a freed place offered to the next backup) for the partner to answer. */
public record OfferSent(Long tenantId, Long sessionId, Long offerId, Long partnerId, boolean backup) {
}
