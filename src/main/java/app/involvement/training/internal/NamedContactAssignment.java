package app.involvement.training.internal;

import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The staff member (a user id, never an association across modules) a partner can turn to. */
@Entity
@Table(name = "named_contact")
class NamedContactAssignment extends TenantScopedEntity {

    @Column(name = "partner_id", nullable = false, updatable = false)
    private Long partnerId;

    @Column(name = "staff_user_id", nullable = false)
    private Long staffUserId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected NamedContactAssignment() {
    }

    NamedContactAssignment(Long partnerId, Long staffUserId, Instant changedAt) {
        this.partnerId = partnerId;
        change(staffUserId, changedAt);
    }

    void change(Long staffUserId, Instant changedAt) {
        this.staffUserId = staffUserId;
        this.changedAt = changedAt;
    }

    Long getStaffUserId() {
        return staffUserId;
    }
}
