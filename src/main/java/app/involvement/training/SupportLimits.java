package app.involvement.training;

/** Limits shared by the support and risk assessment tables, forms and services. */
public final class SupportLimits {

    public static final int DETAILS = 500;
    /** What was arranged, or why the request was declined. */
    public static final int OUTCOME = 500;
    /** Requests listed on one partner's page, newest first; older ones stay in the staff list. */
    public static final int PARTNER_REQUESTS_SHOWN = 50;
    public static final int PAGE_SIZE_MAX = 100;

    public static final int SESSION_REFERENCE = 200;
    public static final int HAZARDS = 2000;
    public static final int WHO_MAY_BE_HARMED = 1000;
    public static final int CONTROLS = 2000;

    private SupportLimits() {
    }
}
