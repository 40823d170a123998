package app.involvement.training;

/** Limits shared by the columns, the forms and the services' checks. */
public final class TrainingLimits {

    public static final int TITLE = 120;
    public static final int DESCRIPTION = 2000;
    public static final int EVIDENCE = 200;
    public static final int URL = 500;
    public static final int FILE_NAME = 200;
    public static final int MAX_VALIDITY_MONTHS = 120;
    /** Uploaded materials: at most 10 MB each, type checked by content. */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    /** More than any provider needs; keeps every list bounded. */
    public static final int MAX_MODULES = 200;
    public static final int MAX_MATERIALS = 20;
    /** A record whose validity ends within this many days is "expiring soon" and its partner is reminded. */
    public static final int EXPIRING_SOON_DAYS = 30;

    private TrainingLimits() {
    }
}
