package app.involvement.feedback;

/** Limits shared by the feedback forms, the services and the columns (V26). */
public final class FeedbackLimits {

    /** How it went, from 1 (badly) to 5 (very well); staff rate a session the same way. */
    public static final int RATING_MIN = 1;
    public static final int RATING_MAX = 5;
    /** A partner's "anything to change". */
    public static final int PARTNER_CHANGE = 1000;
    /** A partner gives feedback up to this many days after the session. */
    public static final int GIVE_WITHIN_DAYS = 60;
    /** A partner may change their feedback for this many days after first giving it. */
    public static final int EDIT_DAYS = 14;
    /** Staff feedback text and learners' comments. */
    public static final int STAFF_TEXT = 2000;
    public static final int LEARNER_COMMENTS = 2000;
    /** Learners' responses recorded for one session at most. */
    public static final int LEARNER_RESPONSES_MAX = 2000;
    /** An action: what was heard, what will be done, what changed. */
    public static final int ACTION_HEARD = 500;
    public static final int ACTION_WHAT = 500;
    public static final int ACTION_CHANGED = 1000;
    /** A due day at most this many days ahead. */
    public static final int ACTION_DUE_MAX_DAYS = 2 * 366;
    /** Rows on a page of the actions list at most. */
    public static final int PAGE_SIZE_MAX = 100;
    /** Partners' feedback entries and staff entries listed on a session's page at most. */
    public static final int SESSION_ENTRIES_MAX = 200;
    /** Sessions the partner's home asks about, and actions it tells back, at most. */
    public static final int HOME_SHOWN = 5;
    /** Done actions are told back on partners' homes for this many days. */
    public static final int TOLD_BACK_DAYS = 365;
    /** Actions in the reviewer's evidence at most. */
    public static final int EVIDENCE_ACTIONS_MAX = 500;

    private FeedbackLimits() {
    }
}
