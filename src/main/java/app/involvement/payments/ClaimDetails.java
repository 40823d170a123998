package app.involvement.payments;

import app.involvement.pool.PaymentChoice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A claim with its lines and every step: who did it and when. {@code route} is null until the partner has a
 * payment choice. {@code rateCardFound} is false when no rate card covered the session day (no fee yet).
 * {@code dueBy} is the submission day plus the provider's turnaround.
 */
public record ClaimDetails(Long id, Long partnerId, String partnerName, Long sessionId, String sessionTitle,
        LocalDate heldOn, int durationMinutes, boolean onlineOnly, PaymentChoice route, boolean rateCardFound,
        long feePence, long voucherPence, long expensesPence, ClaimStatus status, List<ExpenseLine> expenses,
        List<ClaimStep> steps, ClaimStatus rejectedFrom, String rejectionReason, Long runId, LocalDate paidOn,
        String paymentReference, LocalDate dueBy, boolean overdue) {

    public ClaimDetails {
        expenses = List.copyOf(expenses);
        steps = List.copyOf(steps);
    }

    public long totalPence() {
        return feePence + voucherPence + expensesPence;
    }

    /** One step of the workflow as it happened. */
    public record ClaimStep(ClaimStatus status, Instant at, String by) {
    }
}
