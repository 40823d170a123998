package app.involvement.training.internal;

import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A partner's place at a session, and whether they attended. */
@Entity
@Table(name = "training_booking")
class TrainingBookingEntry extends TenantScopedEntity {

    @Column(name = "event_id", nullable = false, updatable = false)
    private Long eventId;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private Long partnerId;

    @Column(nullable = false)
    private boolean attended;

    protected TrainingBookingEntry() {
    }

    TrainingBookingEntry(Long eventId, Long partnerId) {
        this.eventId = eventId;
        this.partnerId = partnerId;
    }

    Long getPartnerId() {
        return partnerId;
    }

    boolean isAttended() {
        return attended;
    }

    void attended() {
        this.attended = true;
    }
}
