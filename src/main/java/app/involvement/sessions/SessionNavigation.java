package app.involvement.sessions;

/** Routes of this module, for links from other modules' pages. */
public final class SessionNavigation {

    public static final String LIST = "sessions";
    public static final String DETAILS = "sessions/";
    public static final String MY_SESSIONS = "my-sessions";
    public static final String MY_OFFER = "my-sessions/";
    public static final String DEBRIEFS = "debriefs";
    /** The partner's private calendar-feed link (DD028). */
    public static final String MY_CALENDAR = "my-calendar";

    private SessionNavigation() {
    }
}
