package app.involvement.feedback.internal;

import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One member of staff's feedback on a session: one per person and session, saved again to change it. */
@Entity
@Table(name = "staff_feedback")
class StaffFeedback extends TenantScopedEntity {

    @Column(name = "session_id", nullable = false, updatable = false)
    private Long sessionId;

    @Column(name = "author_user_id", nullable = false, updatable = false)
    private Long authorUserId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(nullable = false)
    private int rating;

    @Column(name = "feedback_text", nullable = false)
    private String text;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    protected StaffFeedback() {
    }

    StaffFeedback(Long sessionId, Long authorUserId) {
        this.sessionId = sessionId;
        this.authorUserId = authorUserId;
    }

    void save(String name, int rating, String text, Instant now) {
        this.authorName = name;
        this.rating = rating;
        this.text = text;
        this.givenAt = now;
    }

    Long getSessionId() {
        return sessionId;
    }

    Long getAuthorUserId() {
        return authorUserId;
    }

    String getAuthorName() {
        return authorName;
    }

    int getRating() {
        return rating;
    }

    String getText() {
        return text;
    }

    Instant getGivenAt() {
        return givenAt;
    }
}
