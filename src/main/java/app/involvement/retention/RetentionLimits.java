package app.involvement.retention;

/** Ranges and defaults of the retention periods, shared by the form, the record and the service (DD049). */
public final class RetentionLimits {

    /** Months without involvement or change of status after which a partner is erased. */
    public static final int DEFAULT_INACTIVE_MONTHS = 24;
    public static final int MIN_INACTIVE_MONTHS = 6;
    public static final int MAX_INACTIVE_MONTHS = 120;
    /** Years after the end of the tax year (5 April) for which an erased partner's finance records are kept (HMRC: 6). */
    public static final int DEFAULT_FINANCE_YEARS = 6;
    public static final int MIN_FINANCE_YEARS = 6;
    public static final int MAX_FINANCE_YEARS = 20;
    /** Years the audit log is kept. */
    public static final int DEFAULT_AUDIT_YEARS = 6;
    public static final int MIN_AUDIT_YEARS = 1;
    public static final int MAX_AUDIT_YEARS = 20;
    /** Days a sent mail's record (recipient and subject) is kept. */
    public static final int DEFAULT_SENT_MAIL_DAYS = 90;
    public static final int MIN_SENT_MAIL_DAYS = 7;
    public static final int MAX_SENT_MAIL_DAYS = 730;
    /** How far ahead the preview looks. */
    public static final int PREVIEW_MONTHS = 1;
    /** Runs shown under "Last runs". */
    public static final int RUNS_SHOWN = 10;
    /** Partners not erased named in one run's report at most (the rest counted). */
    public static final int NOT_ERASED_NAMED = 50;

    private RetentionLimits() {
    }
}
