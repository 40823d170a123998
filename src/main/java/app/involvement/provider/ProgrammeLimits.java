package app.involvement.provider;

/** Field limits of a programme, shared by the table, forms and the service. */
public final class ProgrammeLimits {

    public static final int NAME = 160;
    public static final int LEVEL = 40;
    public static final int PAGE_SIZE_MAX = 100;

    private ProgrammeLimits() {
    }
}
