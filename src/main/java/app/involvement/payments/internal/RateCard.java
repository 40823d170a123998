package app.involvement.payments.internal;

import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A dated rate card; its fees and expense rules are rows of their own ({@link RateCardFee}, {@link RateCardExpense}). */
@Entity
@Table(name = "rate_card")
class RateCard extends TenantScopedEntity {

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(name = "mileage_pence_per_mile", nullable = false)
    private long mileagePencePerMile;

    @Column(name = "online_allowance_pence", nullable = false)
    private long onlineAllowancePence;

    @Column(name = "updated_by")
    private String updatedBy;

    protected RateCard() {
    }

    RateCard(LocalDate effectiveFrom, LocalDate effectiveTo, long mileagePencePerMile, long onlineAllowancePence,
            String updatedBy) {
        change(effectiveFrom, effectiveTo, mileagePencePerMile, onlineAllowancePence, updatedBy);
    }

    void change(LocalDate from, LocalDate to, long mileage, long onlineAllowance, String by) {
        effectiveFrom = from;
        effectiveTo = to;
        mileagePencePerMile = mileage;
        onlineAllowancePence = onlineAllowance;
        updatedBy = by;
    }

    LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    long getMileagePencePerMile() {
        return mileagePencePerMile;
    }

    long getOnlineAllowancePence() {
        return onlineAllowancePence;
    }

    String getUpdatedBy() {
        return updatedBy;
    }
}
