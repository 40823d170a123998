package app.involvement.payments;

import java.time.LocalDate;

/**
 * A partner's fees and vouchers in one UK tax year (6 April to 5 April): paid in the year, and on the way (submitted
 * for a session in the year, not yet paid). {@code thresholdPence} is the provider's warning level, null when none.
 */
public record TaxYearTotal(LocalDate from, LocalDate to, long paidPence, long onTheWayPence, Long thresholdPence) {

    public long totalPence() {
        return paidPence + onTheWayPence;
    }

    /** Paid and on the way together have reached the provider's threshold: show the gentle warning. */
    public boolean thresholdReached() {
        return thresholdPence != null && totalPence() >= thresholdPence;
    }
}
