package app.involvement.payments;

/**
 * A provider's payment settings: the target turnaround from submission to payment, and the tax-year total of
 * fees and vouchers at which partners see a gentle warning (none when null).
 */
public record PaymentSettings(int turnaroundDays, Long taxYearThresholdPence) {

    public static PaymentSettings defaults() {
        return new PaymentSettings(PaymentLimits.DEFAULT_TURNAROUND_DAYS, null);
    }
}
