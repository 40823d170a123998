package app.involvement.insights;

/** Sane ranges for the provider's pitfall thresholds, shared by the form, the record and the service (DD041). */
public final class PitfallLimits {

    public static final int MIN_TOP_PARTNERS = 1;
    public static final int MAX_TOP_PARTNERS = 10;
    /** A share threshold of 0% or 100% would always or never fire. */
    public static final int MIN_PERCENT = 5;
    public static final int MAX_PERCENT = 95;
    public static final int MIN_COUNT = 1;
    public static final int MAX_COUNT = 100;
    /** The period the indicators look back over. */
    public static final int LOOK_BACK_MONTHS = 12;
    /** Programme names quoted in a reason at most. */
    public static final int NAMES_QUOTED = 5;

    private PitfallLimits() {
    }
}
