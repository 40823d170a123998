package app.involvement.identity.internal;

import app.involvement.identity.Role;
import app.involvement.shared.BaseEntity;
import app.involvement.shared.Limits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An invitation to join a provider in a role. Only the SHA-256 of its token is stored. A platform
 * table, because the invited person opens it before they have an account.
 */
@Entity
@Table(name = "invitation")
class Invitation extends BaseEntity {

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(nullable = false, length = Limits.EMAIL)
    private String email;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "invited_by")
    private Long invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The pool record a partner invitation is for; null when accepting creates a new one. */
    @Column(name = "partner_id", updatable = false)
    private Long partnerId;

    protected Invitation() {
    }

    Invitation(Long tenantId, String email, Role role, Long partnerId, String tokenHash, Instant expiresAt,
            Long invitedBy, Instant createdAt) {
        this.tenantId = tenantId;
        this.partnerId = partnerId;
        this.email = email;
        this.role = role;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.invitedBy = invitedBy;
        this.createdAt = createdAt;
    }

    boolean isOpenAt(Instant now) {
        return acceptedAt == null && revokedAt == null && expiresAt.isAfter(now);
    }

    void accept(Instant now) {
        acceptedAt = now;
    }

    void revoke(Instant now) {
        revokedAt = now;
    }

    Long getTenantId() {
        return tenantId;
    }

    String getEmail() {
        return email;
    }

    Role getRole() {
        return role;
    }

    Long getPartnerId() {
        return partnerId;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
