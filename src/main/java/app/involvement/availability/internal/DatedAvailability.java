package app.involvement.availability.internal;

import app.involvement.availability.AvailabilityException;
import app.involvement.availability.AvailabilityLimits;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Dates on which a partner's weekly pattern does not apply. */
@Entity
@Table(name = "availability_exception")
class DatedAvailability extends TenantScopedEntity {

    @Column(name = "partner_id", nullable = false, updatable = false)
    private Long partnerId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private boolean available;

    @Column(length = AvailabilityLimits.NOTE)
    private String note;

    protected DatedAvailability() {
    }

    DatedAvailability(Long partnerId, LocalDate startsOn, LocalDate endsOn, boolean available, String note) {
        this.partnerId = partnerId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.available = available;
        this.note = note;
    }

    Long getPartnerId() {
        return partnerId;
    }

    AvailabilityException view() {
        return new AvailabilityException(getId(), startsOn, endsOn, available, note);
    }
}
