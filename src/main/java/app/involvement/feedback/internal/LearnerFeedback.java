package app.involvement.feedback.internal;

import app.involvement.feedback.LearnerCounts;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Learners' feedback on a session as counts and comments, entered by staff; one per session. */
@Entity
@Table(name = "learner_feedback")
class LearnerFeedback extends TenantScopedEntity {

    @Column(name = "session_id", nullable = false, updatable = false)
    private Long sessionId;

    @Column(nullable = false)
    private int responses;

    @Column(nullable = false)
    private int positive;

    @Column(nullable = false)
    private int neutral;

    @Column(nullable = false)
    private int negative;

    private String comments;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected LearnerFeedback() {
    }

    LearnerFeedback(Long sessionId) {
        this.sessionId = sessionId;
    }

    void save(LearnerCounts counts, String by, Instant now) {
        responses = counts.responses();
        positive = counts.positive();
        neutral = counts.neutral();
        negative = counts.negative();
        comments = FeedbackRules.blankToNull(counts.comments());
        recordedBy = by;
        recordedAt = now;
    }

    LearnerCounts counts() {
        return new LearnerCounts(responses, positive, neutral, negative, comments == null ? "" : comments);
    }

    Long getSessionId() {
        return sessionId;
    }
}
