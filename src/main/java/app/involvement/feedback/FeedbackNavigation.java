package app.involvement.feedback;

/** Routes of this module, for links from other modules' pages (they link by these strings only). */
public final class FeedbackNavigation {

    public static final String MY_FEEDBACK = "my-feedback/";
    public static final String SESSION_FEEDBACK = "session-feedback/";
    public static final String ACTIONS = "actions";
    public static final String ACTION = "actions/";

    private FeedbackNavigation() {
    }
}
