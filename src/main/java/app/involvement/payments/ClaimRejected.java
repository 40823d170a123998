package app.involvement.payments;

/** A claim was sent back with a reason; the partner may amend and resubmit it. */
public record ClaimRejected(Long tenantId, Long claimId, Long partnerId, String sessionTitle, String reason) {
}
