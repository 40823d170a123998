package app.involvement.training.internal;

import app.involvement.shared.TenantScopedEntity;
import app.involvement.training.SupportKind;
import app.involvement.training.SupportLimits;
import app.involvement.training.SupportRequestRow;
import app.involvement.training.SupportStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Practical support a partner asked for, and what became of it. */
@Entity
@Table(name = "support_request")
class SupportRequest extends TenantScopedEntity {

    @Column(name = "partner_id", nullable = false, updatable = false)
    private Long partnerId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private SupportKind kind;

    @Column(length = SupportLimits.DETAILS)
    private String details;

    @Column(name = "needed_on")
    private LocalDate neededOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SupportStatus status;

    @Column(length = SupportLimits.OUTCOME)
    private String outcome;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", length = 254)
    private String requestedBy;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(name = "handled_by", length = 254)
    private String handledBy;

    protected SupportRequest() {
    }

    SupportRequest(Long partnerId, SupportKind kind, String details, LocalDate neededOn, Instant requestedAt,
            String requestedBy) {
        this.partnerId = partnerId;
        this.kind = kind;
        this.details = details;
        this.neededOn = neededOn;
        this.status = SupportStatus.REQUESTED;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
    }

    void handle(SupportStatus outcomeStatus, String outcomeText, Instant at, String by) {
        this.status = outcomeStatus;
        this.outcome = outcomeText;
        this.handledAt = at;
        this.handledBy = by;
    }

    Long getPartnerId() {
        return partnerId;
    }

    SupportKind getKind() {
        return kind;
    }

    SupportStatus getStatus() {
        return status;
    }

    SupportRequestRow row() {
        return new SupportRequestRow(getId(), partnerId, null, kind, details, neededOn, status, outcome, requestedAt);
    }
}
