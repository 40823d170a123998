package app.involvement.availability;

/** Limits shared by the tables, the forms and the services. */
public final class AvailabilityLimits {

    public static final int NOTE = 200;
    /** Longest single exception, in days. */
    public static final int MAX_SPAN_DAYS = 366;
    /** Exceptions a partner may keep at once; keeps the list short and bounded. */
    public static final int MAX_EXCEPTIONS = 60;
    public static final int PAGE_SIZE_MAX = 100;

    private AvailabilityLimits() {
    }
}
