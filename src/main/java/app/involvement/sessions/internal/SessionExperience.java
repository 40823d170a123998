package app.involvement.sessions.internal;

import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An experience category a session wants (required when the session says so). */
@Entity
@Table(name = "session_experience")
class SessionExperience extends TenantScopedEntity {

    @Column(name = "session_id", nullable = false, updatable = false)
    private Long sessionId;

    @Column(name = "category_id", nullable = false, updatable = false)
    private Long categoryId;

    protected SessionExperience() {
    }

    SessionExperience(Long sessionId, Long categoryId) {
        this.sessionId = sessionId;
        this.categoryId = categoryId;
    }

    Long getSessionId() {
        return sessionId;
    }

    Long getCategoryId() {
        return categoryId;
    }
}
