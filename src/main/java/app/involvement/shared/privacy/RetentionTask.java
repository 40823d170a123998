package app.involvement.shared.privacy;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One kind of record the retention job removes once its period has passed (DD049). The module that owns the table
 * implements it (its SQL stays there); the retention module works out, from the provider's periods and the day, the
 * date before which the records go, and calls it. Counting and removing select the same records, so the lead's
 * preview (a count at a later date) shows exactly what a run on that date removes.
 */
public interface RetentionTask {

    /** Zone in which a record's date is read: the provider's UK day. */
    ZoneId UK = ZoneId.of("Europe/London");

    /** The kinds of record with a retention period of their own (inactive partners go through {@link InactivePartners}). */
    enum Kind {
        /** Claims, their costs and receipts of erased partners, dated by payment (else by session). */
        FINANCE_RECORDS,
        /** The provider's audit entries, dated when they happened. */
        AUDIT_ENTRIES,
        /** Mail the portal sent for the provider, dated when it went. */
        SENT_MAIL
    }

    Kind kind();

    /** How many of the provider's records are dated before that day (they would go on a run then). */
    long countDue(long tenantId, LocalDate before);

    /** Removes the provider's records dated before that day; returns how many went. Runs in the caller's transaction. */
    int removeDue(long tenantId, LocalDate before);
}
