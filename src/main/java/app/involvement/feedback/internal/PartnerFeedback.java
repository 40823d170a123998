package app.involvement.feedback.internal;

import app.involvement.feedback.PartnerAnswers;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One partner's feedback on one session they attended; one per partner and session (V26). */
@Entity
@Table(name = "partner_feedback")
class PartnerFeedback extends TenantScopedEntity {

    @Column(name = "session_id", nullable = false, updatable = false)
    private Long sessionId;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private Long partnerId;

    @Column(nullable = false)
    private int rating;

    @Column(name = "support_enough", nullable = false)
    private boolean supportEnough;

    @Column(name = "would_again", nullable = false)
    private boolean wouldAgain;

    @Column(name = "to_change")
    private String toChange;

    @Column(name = "given_at", nullable = false, updatable = false)
    private Instant givenAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected PartnerFeedback() {
    }

    static PartnerFeedback give(Long sessionId, Long partnerId, PartnerAnswers answers, Instant now) {
        var feedback = new PartnerFeedback();
        feedback.sessionId = sessionId;
        feedback.partnerId = partnerId;
        feedback.givenAt = now;
        feedback.answers(answers);
        return feedback;
    }

    void change(PartnerAnswers answers, Instant now) {
        answers(answers);
        changedAt = now;
    }

    private void answers(PartnerAnswers answers) {
        rating = answers.rating();
        supportEnough = answers.supportEnough();
        wouldAgain = answers.wouldDoAgain();
        toChange = FeedbackRules.blankToNull(answers.toChange());
    }

    PartnerAnswers answers() {
        return new PartnerAnswers(rating, supportEnough, wouldAgain, toChange == null ? "" : toChange);
    }

    Long getSessionId() {
        return sessionId;
    }

    Long getPartnerId() {
        return partnerId;
    }

    Instant getGivenAt() {
        return givenAt;
    }
}
