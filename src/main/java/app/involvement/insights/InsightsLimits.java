package app.involvement.insights;

/** Limits shared by the dashboard filter, its form and the service. */
public final class InsightsLimits {

    /** The earliest academic year the dashboard can show (2000/01). */
    public static final int FIRST_ACADEMIC_YEAR = 2000;
    /** The latest academic year any day can fall in (a guard against nonsense input). */
    public static final int LAST_ACADEMIC_YEAR = 2100;
    /** How many academic years the "by academic year" chart compares, the chosen one included. */
    public static final int YEARS_COMPARED = 3;
    /** Per-programme rows at most (programmes are few; this only guards the page). */
    public static final int MAX_PROGRAMMES = 200;
    /** Training modules shown at most. */
    public static final int MAX_MODULES = 100;
    /** The "top few" of the concentration figures. */
    public static final int TOP_PARTNERS = 5;
    /** The share of partners in the "top 10%" figure, in percent. */
    public static final int TOP_PERCENT = 10;
    /** A partner with no counted involvement for this many months is inactive. */
    public static final int INACTIVE_MONTHS = 12;

    private InsightsLimits() {
    }
}
