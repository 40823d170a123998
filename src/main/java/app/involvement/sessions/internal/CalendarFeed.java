package app.involvement.sessions.internal;

import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One private calendar-feed link of a partner: the SHA-256 (hex) of its secret token, never the token. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed extends TenantScopedEntity {

    @Column(name = "partner_id", nullable = false, updatable = false)
    private Long partnerId;
    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected CalendarFeed() {
    }

    CalendarFeed(Long partnerId, String tokenHash, Instant createdAt) {
        this.partnerId = partnerId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    void revoke(Instant at) {
        revokedAt = at;
    }

    Long getPartnerId() {
        return partnerId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }
}
