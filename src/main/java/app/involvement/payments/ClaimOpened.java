package app.involvement.payments;

/** A draft claim was made for a partner after a session they attended: they can add expenses and submit it. */
public record ClaimOpened(Long tenantId, Long claimId, Long partnerId, String sessionTitle) {
}
