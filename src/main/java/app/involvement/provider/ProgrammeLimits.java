package app.involvement.provider;

/** Field limits of a programme and its definitions, shared by the table, forms and the service. */
public final class ProgrammeLimits {

    public static final int NAME = 160;
    public static final int LEVEL = 40;
    public static final int PAGE_SIZE_MAX = 100;
    /** Definition of service users and carers, and the justification of the groups chosen. */
    public static final int DEFINITION_TEXT = 4000;
    public static final int JUSTIFICATION = 4000;
    /** The next review of a definition is after today and at most this many years ahead. */
    public static final int REVIEW_YEARS_MAX = 3;
    /** Definition versions shown per programme, newest first; older ones stay stored. */
    public static final int HISTORY_MAX = 100;

    private ProgrammeLimits() {
    }
}
