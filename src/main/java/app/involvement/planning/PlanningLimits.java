package app.involvement.planning;

/** Lengths and counts the planning pages and services accept (the form and the service check the same limits). */
public final class PlanningLimits {

    public static final int TITLE = 200;
    public static final int TEXT = 4000;
    public static final int OWNER = 120;
    public static final int MEASURE = 500;
    public static final int TARGET = 200;
    public static final int PROGRESS = 1000;
    public static final int SUMMARY = 2000;
    public static final int QUESTION = 2000;
    public static final int RESPONSE = 4000;
    public static final int ISSUE = 2000;
    public static final int FILE_NAME = 200;
    /** Policy documents: 10 MB, kept in the database. */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    public static final int MAX_OBJECTIVES = 30;
    public static final int MAX_POLICIES = 200;
    public static final int MAX_VERSIONS = 50;
    public static final int MAX_CYCLES = 100;
    public static final int MAX_PROGRAMMES = 100;
    public static final int MAX_ACTIVITIES = 100;
    public static final int MAX_REFERRALS = 100;
    /** Earliest and latest years a date may fall in. */
    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;
    /** A strategy runs for at most ten years. */
    public static final int MAX_STRATEGY_YEARS = 10;
    /** Open referrals listed on the lead's home. */
    public static final int HOME_REFERRALS = 5;

    private PlanningLimits() {
    }
}
