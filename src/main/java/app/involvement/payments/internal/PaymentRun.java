package app.involvement.payments.internal;

import app.involvement.payments.RunRow;
import app.involvement.payments.RunStatus;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A payment run: open while claims are chosen, fixed once exported, then paid. Its count and total are kept. */
@Entity
@Table(name = "payment_run")
class PaymentRun extends TenantScopedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RunStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private String createdBy;

    @Column(name = "exported_at")
    private Instant exportedAt;

    @Column(name = "exported_by")
    private String exportedBy;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "payment_reference")
    private String paymentReference;

    @Column(name = "paid_by")
    private String paidBy;

    @Column(name = "claim_count", nullable = false)
    private int claimCount;

    @Column(name = "total_pence", nullable = false)
    private long totalPence;

    protected PaymentRun() {
    }

    PaymentRun(Instant createdAt, String createdBy) {
        this.status = RunStatus.OPEN;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void totals(int count, long pence) {
        claimCount = count;
        totalPence = pence;
    }

    void exported(Instant at, String by) {
        status = RunStatus.EXPORTED;
        exportedAt = at;
        exportedBy = by;
    }

    void paid(LocalDate on, String reference, String by) {
        status = RunStatus.PAID;
        paidOn = on;
        paymentReference = reference;
        paidBy = by;
    }

    RunStatus getStatus() {
        return status;
    }

    Instant getExportedAt() {
        return exportedAt;
    }

    String getExportedBy() {
        return exportedBy;
    }

    String getPaidBy() {
        return paidBy;
    }

    RunRow row() {
        return new RunRow(getId(), status, createdAt, createdBy, exportedAt, paidOn, paymentReference, claimCount,
                totalPence);
    }
}
