package app.involvement.pool.internal;

import app.involvement.pool.PartnerLimits;
import app.involvement.pool.PartnerStatus;
import app.involvement.pool.StatusChange;
import app.involvement.shared.Limits;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of a partner's status history; never changed once written. */
@Entity
@Table(name = "partner_status_change")
class PartnerStatusChange extends TenantScopedEntity {

    @Column(name = "partner_id", nullable = false)
    private Long partnerId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_status", length = 20)
    private PartnerStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_status", nullable = false, length = 20)
    private PartnerStatus toStatus;

    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;

    @Column(nullable = false, length = PartnerLimits.REASON)
    private String reason;

    @Column(name = "changed_by", length = Limits.EMAIL)
    private String changedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PartnerStatusChange() {
    }

    PartnerStatusChange(Long partnerId, PartnerStatus from, PartnerStatus to, LocalDate on, String reason, String by,
            Instant recordedAt) {
        this.partnerId = partnerId;
        this.fromStatus = from;
        this.toStatus = to;
        this.changedOn = on;
        this.reason = reason;
        this.changedBy = by;
        this.recordedAt = recordedAt;
    }

    StatusChange view() {
        return new StatusChange(fromStatus, toStatus, changedOn, reason, changedBy);
    }
}
