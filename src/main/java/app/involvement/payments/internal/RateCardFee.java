package app.involvement.payments.internal;

import app.involvement.payments.FeeBasis;
import app.involvement.payments.FeeRate;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A rate card's fee for one activity type. */
@Entity
@Table(name = "rate_card_fee")
class RateCardFee extends TenantScopedEntity {

    @Column(name = "rate_card_id", nullable = false, updatable = false)
    private Long rateCardId;

    @Column(name = "activity_type_id", nullable = false, updatable = false)
    private Long activityTypeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FeeBasis basis;

    @Column(name = "amount_pence", nullable = false)
    private long amountPence;

    @Column(name = "day_pence")
    private Long dayPence;

    @Column(name = "preparation_pence", nullable = false)
    private long preparationPence;

    protected RateCardFee() {
    }

    RateCardFee(Long rateCardId, FeeRate rate) {
        this.rateCardId = rateCardId;
        this.activityTypeId = rate.activityTypeId();
        this.basis = rate.basis();
        this.amountPence = rate.amountPence();
        this.dayPence = rate.dayPence();
        this.preparationPence = rate.preparationPence();
    }

    Long getRateCardId() {
        return rateCardId;
    }

    FeeRate rate() {
        return new FeeRate(activityTypeId, basis, amountPence, dayPence, preparationPence);
    }
}
