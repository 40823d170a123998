package app.involvement.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One audit log entry. Immutable: Hibernate never updates it and the repository cannot delete it. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    static final int TEXT = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "event_type", nullable = false, length = 40, updatable = false)
    private String type;

    @Column(name = "tenant_id", updatable = false)
    private Long tenantId;

    @Column(length = TEXT, updatable = false)
    private String actor;

    @Column(length = TEXT, updatable = false)
    private String subject;

    @Column(length = 1000, updatable = false)
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String type, Long tenantId, String actor, String subject, String detail) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.tenantId = tenantId;
        this.actor = cut(actor);
        this.subject = cut(subject);
        this.detail = detail;
    }

    private static String cut(String s) {
        return s == null || s.length() <= TEXT ? s : s.substring(0, TEXT);
    }

    String getType() {
        return type;
    }
}
