package app.involvement.sessions;

/** Limits shared by the forms and the services. */
public final class SessionLimits {

    public static final int TITLE = 120;
    public static final int DESCRIPTION = 2000;
    public static final int PLACE = 200;
    public static final int LINK = 500;
    public static final int PREPARATION = 2000;
    public static final int WELLBEING_NOTES = 2000;
    public static final int PAYMENT_NOTE = 500;
    public static final int WITHDRAWAL_REASON = 500;
    public static final int MAX_PLACES = 50;
    /** Shortest and longest session, in minutes; a session ends on the day it starts. */
    public static final int MIN_DURATION = 15;
    public static final int MAX_DURATION = 12 * 60;
    public static final int MIN_OFFER_HOURS = 1;
    public static final int MAX_OFFER_HOURS = 14 * 24;
    public static final int DEFAULT_OFFER_HOURS = 48;
    public static final int MAX_REMINDER_DAYS = 14;
    public static final int DEFAULT_REMINDER_DAYS = 2;
    /** Offers sent at most in one go. */
    public static final int MAX_OFFERS_AT_ONCE = 50;
    /** Rows listed at most on a page (lazy grids page below this). */
    public static final int PAGE_SIZE_MAX = 100;

    /** Conflict-of-interest details, a check-in note and a debrief note (DD029). */
    public static final int DECLARATION_DETAILS = 500;
    public static final int WELLBEING_NOTE = 500;
    /** A partner's lists on "My sessions": waiting and coming up at most, past ones at most. */
    public static final int MY_SESSIONS_SHOWN = 50;
    public static final int MY_PAST_SHOWN = 20;

    private SessionLimits() {
    }
}
