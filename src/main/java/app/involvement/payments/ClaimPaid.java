package app.involvement.payments;

import java.time.LocalDate;

/** A claim was paid (its run was marked paid). */
public record ClaimPaid(Long tenantId, Long claimId, Long partnerId, String sessionTitle, long totalPence,
        LocalDate paidOn) {
}
