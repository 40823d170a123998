package app.involvement.pool.internal;

import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A partner's link to one of the provider's reference items; a row of its own so it carries the tenant. */
@Entity
@Table(name = "partner_experience")
class PartnerExperience extends TenantScopedEntity {

    @Column(name = "partner_id", nullable = false)
    private Long partnerId;

    @Column(name = "category_id", nullable = false)
    private Long categoryId;

    protected PartnerExperience() {
    }

    PartnerExperience(Long partnerId, Long categoryId) {
        this.partnerId = partnerId;
        this.categoryId = categoryId;
    }

    Long itemId() {
        return categoryId;
    }
}
