package app.involvement.pool.internal;

import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A partner's link to one of the provider's reference items; a row of its own so it carries the tenant. */
@Entity
@Table(name = "partner_interest")
class PartnerInterest extends TenantScopedEntity {

    @Column(name = "partner_id", nullable = false)
    private Long partnerId;

    @Column(name = "activity_type_id", nullable = false)
    private Long activityTypeId;

    protected PartnerInterest() {
    }

    PartnerInterest(Long partnerId, Long activityTypeId) {
        this.partnerId = partnerId;
        this.activityTypeId = activityTypeId;
    }

    Long itemId() {
        return activityTypeId;
    }
}
