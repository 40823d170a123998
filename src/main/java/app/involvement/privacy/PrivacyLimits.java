package app.involvement.privacy;

/** Limits of the privacy notice and the partner's list of looks, shared by the table, forms and services. */
public final class PrivacyLimits {

    /** Characters of the notice in each language (the column holds exactly this). */
    public static final int NOTICE_TEXT = 6000;
    /** Versions shown on the lead's page, newest first; a provider publishes a handful a year. */
    public static final int VERSIONS_SHOWN = 50;
    /** Rows of the "who has looked" list fetched at once. */
    public static final int PAGE_SIZE_MAX = 100;

    private PrivacyLimits() {
    }
}
