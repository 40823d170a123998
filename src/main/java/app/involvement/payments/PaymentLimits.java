package app.involvement.payments;

/** Limits shared by the forms and the services; money is in whole pence. */
public final class PaymentLimits {

    /** The largest fee or allowance a rate card may hold, and the largest expense line: £1,000. */
    public static final long MAX_RATE_PENCE = 100_000;
    public static final long MAX_EXPENSE_PENCE = 100_000;
    /** The largest mileage rate: £2 a mile. */
    public static final long MAX_MILEAGE_PENCE = 200;
    public static final int MAX_MILES = 1_000;
    public static final int MAX_EXPENSE_LINES = 20;
    /** A receipt file, checked by content (photo or PDF). */
    public static final int MAX_RECEIPT_BYTES = 10 * 1024 * 1024;
    /** How long before the session an expense may have been paid (a ticket bought in advance). */
    public static final int EXPENSE_DAYS_BEFORE_SESSION = 90;
    public static final int DESCRIPTION = 200;
    public static final int PRIOR_APPROVAL = 200;
    public static final int FILE_NAME = 200;
    public static final int REJECTION_REASON = 500;
    public static final int PAYMENT_REFERENCE = 60;
    public static final int DEFAULT_TURNAROUND_DAYS = 14;
    public static final int MIN_TURNAROUND_DAYS = 1;
    public static final int MAX_TURNAROUND_DAYS = 90;
    /** The largest tax-year threshold a provider may set: £100,000. */
    public static final long MAX_THRESHOLD_PENCE = 10_000_000;
    /** A session of this length or less is paid a half day on the half/whole day basis. */
    public static final int HALF_DAY_MINUTES = 4 * 60;
    /** Claims put into one payment run at most. */
    public static final int MAX_RUN_CLAIMS = 500;
    public static final int PAGE_SIZE_MAX = 100;
    /** A partner's claims listed at most on "My claims". */
    public static final int MY_CLAIMS_SHOWN = 100;

    private PaymentLimits() {
    }
}
