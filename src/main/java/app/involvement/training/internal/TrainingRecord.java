package app.involvement.training.internal;

import app.involvement.shared.TenantScopedEntity;
import app.involvement.training.TrainingLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A partner's completion of a module: one row per partner and module, renewed in place (the audit log
 * keeps the history). Unconfirmed while it is the partner's own claim.
 */
@Entity
@Table(name = "training_record")
class TrainingRecord extends TenantScopedEntity {

    @Column(name = "partner_id", nullable = false, updatable = false)
    private Long partnerId;

    @Column(name = "module_id", nullable = false, updatable = false)
    private Long moduleId;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(length = TrainingLimits.EVIDENCE)
    private String evidence;

    @Column(nullable = false)
    private boolean confirmed;

    @Column(name = "recorded_by", length = 254)
    private String recordedBy;

    /** The end date a reminder was sent for: one reminder per record and end date. */
    @Column(name = "reminder_sent_for")
    private LocalDate reminderSentFor;

    protected TrainingRecord() {
    }

    TrainingRecord(Long partnerId, Long moduleId) {
        this.partnerId = partnerId;
        this.moduleId = moduleId;
    }

    void complete(LocalDate on, LocalDate until, String evidence, boolean confirmed, String by) {
        this.completedOn = on;
        this.validUntil = until;
        this.evidence = evidence;
        this.confirmed = confirmed;
        this.recordedBy = by;
    }

    void confirm(String by) {
        this.confirmed = true;
        this.recordedBy = by;
    }

    void reminded() {
        this.reminderSentFor = validUntil;
    }

    Long getPartnerId() {
        return partnerId;
    }

    Long getModuleId() {
        return moduleId;
    }

    LocalDate getCompletedOn() {
        return completedOn;
    }

    LocalDate getValidUntil() {
        return validUntil;
    }

    String getEvidence() {
        return evidence;
    }

    boolean isConfirmed() {
        return confirmed;
    }
}
