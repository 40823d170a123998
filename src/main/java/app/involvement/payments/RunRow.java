package app.involvement.payments;

import java.time.Instant;
import java.time.LocalDate;

/** A payment run in the list, with its totals. */
public record RunRow(Long id, RunStatus status, Instant createdAt, String createdBy, Instant exportedAt,
        LocalDate paidOn, String paymentReference, int claimCount, long totalPence) {
}
