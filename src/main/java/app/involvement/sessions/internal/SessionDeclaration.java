package app.involvement.sessions.internal;

import app.involvement.sessions.SessionLimits;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A partner's confidentiality confirmation and conflict-of-interest declaration for one session (DD029). */
@Entity
@Table(name = "session_declaration")
class SessionDeclaration extends TenantScopedEntity {

    @Column(name = "session_id", nullable = false, updatable = false)
    private Long sessionId;
    @Column(name = "partner_id", nullable = false, updatable = false)
    private Long partnerId;
    @Column(name = "confidentiality_confirmed_at")
    private Instant confidentialityConfirmedAt;
    @Column(nullable = false)
    private boolean conflict;
    @Column(name = "conflict_details", length = SessionLimits.DECLARATION_DETAILS)
    private String conflictDetails;
    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    protected SessionDeclaration() {
    }

    SessionDeclaration(Long sessionId, Long partnerId) {
        this.sessionId = sessionId;
        this.partnerId = partnerId;
    }

    /** Returns whether this declares a conflict that was not declared before (so the coordinator is alerted). */
    boolean declare(boolean confidentiality, boolean newConflict, String details, Instant at) {
        boolean alert = newConflict && (!conflict || !details.equals(conflictDetails));
        confidentialityConfirmedAt = confidentiality
                ? (confidentialityConfirmedAt == null ? at : confidentialityConfirmedAt) : null;
        conflict = newConflict;
        conflictDetails = details;
        declaredAt = at;
        return alert;
    }

    Long getSessionId() {
        return sessionId;
    }

    Long getPartnerId() {
        return partnerId;
    }

    Instant getConfidentialityConfirmedAt() {
        return confidentialityConfirmedAt;
    }

    boolean isConflict() {
        return conflict;
    }

    String getConflictDetails() {
        return conflictDetails;
    }

    Instant getDeclaredAt() {
        return declaredAt;
    }
}
