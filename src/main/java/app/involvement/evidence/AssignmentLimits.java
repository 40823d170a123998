package app.involvement.evidence;

/** The bounds of a review assignment, checked in the form and again in the service. */
public final class AssignmentLimits {

    /** The longest window, first day to last day inclusive. */
    public static final int WINDOW_DAYS_MAX = 366;
    /** How far ahead a window may start. */
    public static final int START_AHEAD_DAYS_MAX = 730;
    /** How far back a new window may start (a review already under way). */
    public static final int START_BACK_DAYS_MAX = 90;
    public static final int PAGE_SIZE_MAX = 100;

    private AssignmentLimits() {
    }
}
