package app.involvement.erasure.internal;

import app.involvement.erasure.ErasureGround;
import app.involvement.erasure.ErasureLimits;
import app.involvement.erasure.ErasureOrigin;
import app.involvement.erasure.ErasureStatus;
import app.involvement.shared.Limits;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A request to leave and be forgotten, or the record of an erasure made without one. */
@Entity
@Table(name = "erasure_request")
class ErasureRequestEntry extends TenantScopedEntity {

    @Column(name = "partner_id", nullable = false)
    private Long partnerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ErasureOrigin origin;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ErasureStatus status;
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private ErasureGround ground;
    @Column(length = ErasureLimits.REASON)
    private String reason;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by", length = Limits.EMAIL)
    private String closedBy;

    protected ErasureRequestEntry() {
    }

    ErasureRequestEntry(Long partnerId, ErasureOrigin origin, ErasureGround ground, String reason, Instant at) {
        this.partnerId = partnerId;
        this.origin = origin;
        this.ground = ground;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.requestedAt = at;
        this.status = ErasureStatus.OPEN;
    }

    void withdraw(Instant at) {
        status = ErasureStatus.WITHDRAWN;
        closedAt = at;
    }

    void done(Instant at, String by) {
        status = ErasureStatus.DONE;
        closedAt = at;
        closedBy = by;
    }

    /** The partner's own words go with the rest of their data. */
    void forgetReason() {
        reason = null;
    }

    Long getPartnerId() {
        return partnerId;
    }

    ErasureOrigin getOrigin() {
        return origin;
    }

    ErasureStatus getStatus() {
        return status;
    }

    ErasureGround getGround() {
        return ground;
    }

    String getReason() {
        return reason;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    Instant getClosedAt() {
        return closedAt;
    }
}
