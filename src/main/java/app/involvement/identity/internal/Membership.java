package app.involvement.identity.internal;

import app.involvement.identity.Role;
import app.involvement.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person's role in one provider. A platform table (read before any provider is chosen), so every
 * query on it filters by tenant explicitly — see MembershipRepository.
 */
@Entity
@EntityListeners(SessionStateChanges.class)
@Table(name = "membership")
class Membership extends BaseEntity {

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Membership() {
    }

    Membership(Long tenantId, Long userId, Role role, Instant createdAt) {
        this.tenantId = tenantId;
        this.userId = userId;
        this.role = role;
        this.createdAt = createdAt;
    }

    Long getTenantId() {
        return tenantId;
    }

    Long getUserId() {
        return userId;
    }

    Role getRole() {
        return role;
    }

    void changeRole(Role role) {
        this.role = role;
    }
}
