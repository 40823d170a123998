package app.involvement.payments.internal;

import app.involvement.payments.ClaimDetails;
import app.involvement.payments.ClaimDetails.ClaimStep;
import app.involvement.payments.ClaimRow;
import app.involvement.payments.ClaimStatus;
import app.involvement.shared.UkFormats;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A claim as people read it, for the partner's and the staff's pages alike: its lines, its steps with who and when,
 * and when it is due by the provider's turnaround (submission day plus the target days; overdue after that until
 * paid).
 */
@Component
class ClaimReads {

    private final ClaimExpenseRepository expenses;
    private final PaymentSettingsRepository settings;
    private final Clock clock;

    ClaimReads(ClaimExpenseRepository expenses, PaymentSettingsRepository settings, Clock clock) {
        this.expenses = expenses;
        this.settings = settings;
        this.clock = clock;
    }

    ClaimDetails details(PaymentClaim claim, String partnerName) {
        int turnaround = settings.current().turnaroundDays();
        LocalDate dueBy = dueBy(claim.getSubmittedAt(), turnaround);
        return new ClaimDetails(claim.getId(), claim.getPartnerId(), partnerName, claim.getSessionId(),
                claim.getSessionTitle(), claim.getHeldOn(), claim.getDurationMinutes(), claim.isOnlineOnly(),
                claim.getRoute(), claim.getRateCardId() != null, claim.getFeePence(), claim.getVoucherPence(),
                claim.getExpensesPence(), claim.getStatus(), expenses.lines(claim.getId()), steps(claim),
                claim.getRejectedFrom(), claim.getRejectionReason(), claim.getRunId(), claim.getPaidOn(),
                claim.getPaymentReference(), dueBy, overdue(claim.getStatus(), dueBy));
    }

    ClaimRow row(PaymentClaim claim, String partnerName, int turnaroundDays) {
        LocalDate dueBy = dueBy(claim.getSubmittedAt(), turnaroundDays);
        return new ClaimRow(claim.getId(), claim.getPartnerId(), partnerName, claim.getSessionTitle(),
                claim.getHeldOn(), claim.getStatus(), claim.getRoute(), claim.getFeePence(), claim.getVoucherPence(),
                claim.getExpensesPence(), claim.getSubmittedAt(), dueBy, overdue(claim.getStatus(), dueBy),
                claim.getPaidOn());
    }

    int turnaroundDays() {
        return settings.current().turnaroundDays();
    }

    /** The UK day a claim submitted at {@code submittedAt} is due to be paid by; null before submission. */
    static LocalDate dueBy(Instant submittedAt, int turnaroundDays) {
        return submittedAt == null ? null
                : submittedAt.atZone(UkFormats.UK_TIME).toLocalDate().plusDays(turnaroundDays);
    }

    /** The last UK day on which a claim submitted then was still on time: submitted before it is overdue. */
    LocalDate overdueIfSubmittedBefore(int turnaroundDays) {
        return today().minusDays(turnaroundDays);
    }

    private boolean overdue(ClaimStatus status, LocalDate dueBy) {
        return status.onTheWay() && dueBy != null && today().isAfter(dueBy);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkFormats.UK_TIME));
    }

    private static List<ClaimStep> steps(PaymentClaim claim) {
        var steps = new ArrayList<ClaimStep>();
        steps.add(new ClaimStep(ClaimStatus.DRAFT, claim.getCreatedAt(), null));
        add(steps, ClaimStatus.SUBMITTED, claim.getSubmittedAt(), claim.getSubmittedBy());
        add(steps, ClaimStatus.REJECTED, claim.getRejectedAt(), claim.getRejectedBy());
        add(steps, ClaimStatus.APPROVED, claim.getApprovedAt(), claim.getApprovedBy());
        add(steps, ClaimStatus.AUTHORISED, claim.getAuthorisedAt(), claim.getAuthorisedBy());
        steps.sort(Comparator.comparing(ClaimStep::at));
        if (claim.getPaidOn() != null) {
            steps.add(new ClaimStep(ClaimStatus.PAID, claim.getPaidOn().atStartOfDay(UkFormats.UK_TIME).toInstant(),
                    null));
        }
        return steps;
    }

    private static void add(List<ClaimStep> steps, ClaimStatus status, Instant at, String by) {
        if (at != null) {
            steps.add(new ClaimStep(status, at, by));
        }
    }
}
