package app.involvement.privacy;

/** The privacy pages' routes, for links from other modules (which may not see the view classes). */
public final class PrivacyNavigation {

    /** The lead's page keeping the notice. */
    public static final String NOTICE = "privacy-notice";
    /** The partner reads (and confirms) the current notice. */
    public static final String READ = "privacy-notice/read";
    /** The partner's list of staff who opened their sensitive information. */
    public static final String LOOKS = "my-data/looks";

    private PrivacyNavigation() {
    }
}
