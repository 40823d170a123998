package app.involvement.payments;

import app.involvement.pool.PaymentChoice;
import java.time.Instant;
import java.time.LocalDate;

/** A claim in a list. {@code partnerName} is empty on the partner's own list. */
public record ClaimRow(Long id, Long partnerId, String partnerName, String sessionTitle, LocalDate heldOn,
        ClaimStatus status, PaymentChoice route, long feePence, long voucherPence, long expensesPence,
        Instant submittedAt, LocalDate dueBy, boolean overdue, LocalDate paidOn) {

    public long totalPence() {
        return feePence + voucherPence + expensesPence;
    }
}
