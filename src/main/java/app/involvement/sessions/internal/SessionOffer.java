package app.involvement.sessions.internal;

import app.involvement.sessions.Attendance;
import app.involvement.sessions.OfferStatus;
import app.involvement.sessions.SessionLimits;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One partner on one session: the offer, the place or backup slot it became (or why not), and attendance. */
@Entity
@Table(name = "session_offer")
class SessionOffer extends TenantScopedEntity {

    @Column(name = "session_id", nullable = false, updatable = false)
    private Long sessionId;
    @Column(name = "partner_id", nullable = false, updatable = false)
    private Long partnerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OfferStatus status;
    @Column(name = "backup_rank")
    private Integer backupRank;
    @Column(name = "offered_at", nullable = false)
    private Instant offeredAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "responded_at")
    private Instant respondedAt;
    @Column(name = "withdrawal_reason", length = SessionLimits.WITHDRAWAL_REASON)
    private String withdrawalReason;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Attendance attendance;
    @Column(name = "reminder_sent_for")
    private LocalDate reminderSentFor;

    protected SessionOffer() {
    }

    SessionOffer(Long sessionId, Long partnerId, Instant offeredAt, Instant expiresAt) {
        this.sessionId = sessionId;
        this.partnerId = partnerId;
        this.status = OfferStatus.OFFERED;
        this.offeredAt = offeredAt;
        this.expiresAt = expiresAt;
    }

    /** Offers again (a re-offer after decline or expiry, or a freed place to a backup). */
    void reoffer(Instant at, Instant expires) {
        status = OfferStatus.OFFERED;
        offeredAt = at;
        expiresAt = expires;
        respondedAt = null;
        withdrawalReason = null;
    }

    void respond(OfferStatus newStatus, Instant at) {
        status = newStatus;
        respondedAt = at;
        if (newStatus != OfferStatus.BACKUP) {
            backupRank = null;
        }
    }

    void becomeBackup(int rank, Instant at) {
        status = OfferStatus.BACKUP;
        backupRank = rank;
        respondedAt = at;
    }

    void withdraw(String reason, Instant at) {
        status = OfferStatus.WITHDRAWN;
        withdrawalReason = reason;
        respondedAt = at;
        backupRank = null;
    }

    void retract() {
        status = OfferStatus.RETRACTED;
        backupRank = null;
    }

    void record(Attendance value) {
        attendance = value;
    }

    void reminded(LocalDate sessionDay) {
        reminderSentFor = sessionDay;
    }

    Long getSessionId() {
        return sessionId;
    }

    Long getPartnerId() {
        return partnerId;
    }

    OfferStatus getStatus() {
        return status;
    }

    Integer getBackupRank() {
        return backupRank;
    }

    Instant getOfferedAt() {
        return offeredAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getRespondedAt() {
        return respondedAt;
    }

    String getWithdrawalReason() {
        return withdrawalReason;
    }

    Attendance getAttendance() {
        return attendance;
    }

    LocalDate getReminderSentFor() {
        return reminderSentFor;
    }
}
