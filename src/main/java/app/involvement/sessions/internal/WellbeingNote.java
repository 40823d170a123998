package app.involvement.sessions.internal;

import app.involvement.sessions.SessionLimits;
import app.involvement.sessions.WellbeingStage;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A partner's check-in before a session, or their request for a debrief after it (open until closed). DD029. */
@Entity
@Table(name = "wellbeing_note")
class WellbeingNote extends TenantScopedEntity {

    @Column(name = "session_id", nullable = false, updatable = false)
    private Long sessionId;
    @Column(name = "partner_id", nullable = false, updatable = false)
    private Long partnerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private WellbeingStage stage;
    @Column(length = SessionLimits.WELLBEING_NOTE)
    private String note;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by", length = 254)
    private String closedBy;

    protected WellbeingNote() {
    }

    WellbeingNote(Long sessionId, Long partnerId, WellbeingStage stage) {
        this.sessionId = sessionId;
        this.partnerId = partnerId;
        this.stage = stage;
    }

    /** Writes (or writes again) the note; a debrief request opens again. */
    void write(String text, Instant at) {
        note = text;
        createdAt = at;
        closedAt = null;
        closedBy = null;
    }

    void close(Instant at, String by) {
        closedAt = at;
        closedBy = by;
    }

    boolean isOpen() {
        return createdAt != null && closedAt == null;
    }

    Long getSessionId() {
        return sessionId;
    }

    Long getPartnerId() {
        return partnerId;
    }

    WellbeingStage getStage() {
        return stage;
    }

    String getNote() {
        return note;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getClosedAt() {
        return closedAt;
    }
}
