package app.involvement.retention.internal;

import app.involvement.retention.RetentionKind;
import app.involvement.retention.RetentionRun;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The report of one run of the retention job in one provider: what went, per kind, and who was not erased and why. */
@Entity
@Table(name = "retention_run")
class RetentionRunEntry extends TenantScopedEntity {

    static final int NOT_ERASED_LENGTH = 4000;

    @Column(name = "ran_at", nullable = false)
    private Instant ranAt;
    @Column(name = "run_day", nullable = false)
    private LocalDate runDay;
    @Column(name = "inactive_partners", nullable = false)
    private int inactivePartners;
    @Column(name = "finance_records", nullable = false)
    private int financeRecords;
    @Column(name = "audit_entries", nullable = false)
    private int auditEntries;
    @Column(name = "sent_mail", nullable = false)
    private int sentMail;
    @Column(name = "not_erased", length = NOT_ERASED_LENGTH)
    private String notErased;

    protected RetentionRunEntry() {
    }

    RetentionRunEntry(Instant ranAt, LocalDate runDay, Map<RetentionKind, Integer> counts, List<String> notErased) {
        this.ranAt = ranAt;
        this.runDay = runDay;
        this.inactivePartners = counts.getOrDefault(RetentionKind.INACTIVE_PARTNERS, 0);
        this.financeRecords = counts.getOrDefault(RetentionKind.FINANCE_RECORDS, 0);
        this.auditEntries = counts.getOrDefault(RetentionKind.AUDIT_ENTRIES, 0);
        this.sentMail = counts.getOrDefault(RetentionKind.SENT_MAIL, 0);
        String joined = String.join("\n", notErased);
        this.notErased = joined.isEmpty() ? null
                : joined.length() > NOT_ERASED_LENGTH ? joined.substring(0, NOT_ERASED_LENGTH) : joined;
    }

    RetentionRun report() {
        var counts = new EnumMap<RetentionKind, Integer>(RetentionKind.class);
        counts.put(RetentionKind.INACTIVE_PARTNERS, inactivePartners);
        counts.put(RetentionKind.FINANCE_RECORDS, financeRecords);
        counts.put(RetentionKind.AUDIT_ENTRIES, auditEntries);
        counts.put(RetentionKind.SENT_MAIL, sentMail);
        return new RetentionRun(getId(), ranAt, runDay, counts,
                notErased == null ? List.of() : List.of(notErased.split("\n")));
    }
}
