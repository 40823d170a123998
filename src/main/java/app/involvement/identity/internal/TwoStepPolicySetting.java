package app.involvement.identity.internal;

import app.involvement.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A provider's choice whether its coordinators and finance staff must use two-step sign-in. A
 * platform table (read at login, before a provider is chosen), so every query names the provider.
 */
@Entity
@Table(name = "two_step_policy")
class TwoStepPolicySetting extends BaseEntity {

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "staff_required", nullable = false)
    private boolean staffRequired;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected TwoStepPolicySetting() {
    }

    TwoStepPolicySetting(Long tenantId) {
        this.tenantId = tenantId;
    }

    void change(boolean required, Instant now) {
        staffRequired = required;
        changedAt = now;
    }

    boolean isStaffRequired() {
        return staffRequired;
    }
}
