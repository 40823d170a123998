package app.involvement.payments.internal;

import app.involvement.payments.ClaimStatus;
import app.involvement.pool.PaymentChoice;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One partner's claim for one session. The session's title, day, type, length and whether it was online are kept
 * as they were when it was held; the fee, voucher and expenses totals are whole pence. Steps record who and when.
 */
@Entity
@Table(name = "payment_claim")
class PaymentClaim extends TenantScopedEntity {

    @Column(name = "partner_id", nullable = false, updatable = false)
    private Long partnerId;

    @Column(name = "session_id", nullable = false, updatable = false)
    private Long sessionId;

    @Column(name = "session_title", nullable = false, updatable = false)
    private String sessionTitle;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Column(name = "activity_type_id", nullable = false, updatable = false)
    private Long activityTypeId;

    @Column(name = "duration_minutes", nullable = false, updatable = false)
    private int durationMinutes;

    @Column(name = "online_only", nullable = false, updatable = false)
    private boolean onlineOnly;

    @Enumerated(EnumType.STRING)
    private PaymentChoice route;

    @Column(name = "rate_card_id")
    private Long rateCardId;

    @Column(name = "fee_pence", nullable = false)
    private long feePence;

    @Column(name = "voucher_pence", nullable = false)
    private long voucherPence;

    @Column(name = "expenses_pence", nullable = false)
    private long expensesPence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "declared_at")
    private Instant declaredAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "authorised_at")
    private Instant authorisedAt;

    @Column(name = "authorised_by")
    private String authorisedBy;

    @Column(name = "rejected_at")
    private Instant rejectedAt;

    @Column(name = "rejected_by")
    private String rejectedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejected_from")
    private ClaimStatus rejectedFrom;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "run_id")
    private Long runId;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "payment_reference")
    private String paymentReference;

    protected PaymentClaim() {
    }

    static PaymentClaim open(Long partnerId, HeldSession session, PaymentChoice route, Instant now) {
        var claim = new PaymentClaim();
        claim.partnerId = partnerId;
        claim.sessionId = session.sessionId();
        claim.sessionTitle = session.title();
        claim.heldOn = session.heldOn();
        claim.activityTypeId = session.activityTypeId();
        claim.durationMinutes = session.durationMinutes();
        claim.onlineOnly = session.onlineOnly();
        claim.route = route;
        claim.status = ClaimStatus.DRAFT;
        claim.createdAt = now;
        return claim;
    }

    HeldSession session() {
        return new HeldSession(sessionId, sessionTitle, heldOn, activityTypeId, durationMinutes, onlineOnly);
    }

    void price(Fee fee) {
        rateCardId = fee.rateCardId();
        feePence = fee.feePence();
        voucherPence = fee.voucherPence();
    }

    void route(PaymentChoice choice) {
        route = choice;
    }

    void expensesTotal(long pence) {
        expensesPence = pence;
    }

    void submit(Instant at, String by) {
        status = ClaimStatus.SUBMITTED;
        declaredAt = at;
        submittedAt = at;
        submittedBy = by;
        approvedAt = null;
        approvedBy = null;
        authorisedAt = null;
        authorisedBy = null;
    }

    void approve(Instant at, String by) {
        status = ClaimStatus.APPROVED;
        approvedAt = at;
        approvedBy = by;
    }

    void authorise(Instant at, String by) {
        status = ClaimStatus.AUTHORISED;
        authorisedAt = at;
        authorisedBy = by;
    }

    void reject(Instant at, String by, String reason) {
        rejectedFrom = status;
        status = ClaimStatus.REJECTED;
        rejectedAt = at;
        rejectedBy = by;
        rejectionReason = reason;
    }

    void putInRun(Long run) {
        runId = run;
    }

    void paid(LocalDate on, String reference) {
        status = ClaimStatus.PAID;
        paidOn = on;
        paymentReference = reference;
    }

    Long getPartnerId() {
        return partnerId;
    }

    Long getSessionId() {
        return sessionId;
    }

    String getSessionTitle() {
        return sessionTitle;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    Long getActivityTypeId() {
        return activityTypeId;
    }

    int getDurationMinutes() {
        return durationMinutes;
    }

    boolean isOnlineOnly() {
        return onlineOnly;
    }

    PaymentChoice getRoute() {
        return route;
    }

    Long getRateCardId() {
        return rateCardId;
    }

    long getFeePence() {
        return feePence;
    }

    long getVoucherPence() {
        return voucherPence;
    }

    long getExpensesPence() {
        return expensesPence;
    }

    long totalPence() {
        return feePence + voucherPence + expensesPence;
    }

    ClaimStatus getStatus() {
        return status;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getDeclaredAt() {
        return declaredAt;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    String getSubmittedBy() {
        return submittedBy;
    }

    Instant getApprovedAt() {
        return approvedAt;
    }

    String getApprovedBy() {
        return approvedBy;
    }

    Instant getAuthorisedAt() {
        return authorisedAt;
    }

    String getAuthorisedBy() {
        return authorisedBy;
    }

    Instant getRejectedAt() {
        return rejectedAt;
    }

    String getRejectedBy() {
        return rejectedBy;
    }

    ClaimStatus getRejectedFrom() {
        return rejectedFrom;
    }

    String getRejectionReason() {
        return rejectionReason;
    }

    Long getRunId() {
        return runId;
    }

    LocalDate getPaidOn() {
        return paidOn;
    }

    String getPaymentReference() {
        return paymentReference;
    }
}
