package app.involvement.retention;

/** The kinds of data with a retention period, in the order the job works through them (DD049). */
public enum RetentionKind {
    INACTIVE_PARTNERS,
    FINANCE_RECORDS,
    AUDIT_ENTRIES,
    SENT_MAIL;

    /** Bundle key stem, e.g. {@code retention.kind.inactive-partners}. */
    public String key() {
        return "retention.kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
