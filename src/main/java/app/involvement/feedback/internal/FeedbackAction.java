package app.involvement.feedback.internal;

import app.involvement.feedback.ActionInput;
import app.involvement.feedback.ActionStatus;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An action raised from a session's feedback ("you said, we did"); told back to partners once done. */
@Entity
@Table(name = "feedback_action")
class FeedbackAction extends TenantScopedEntity {

    @Column(name = "session_id", nullable = false, updatable = false)
    private Long sessionId;

    @Column(name = "partner_feedback_id", updatable = false)
    private Long partnerFeedbackId;

    @Column(nullable = false)
    private String heard;

    @Column(nullable = false)
    private String what;

    @Column(name = "owner_user_id", nullable = false)
    private Long ownerUserId;

    @Column(name = "owner_name", nullable = false)
    private String ownerName;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status;

    private String changed;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "raised_by", updatable = false)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    protected FeedbackAction() {
    }

    static FeedbackAction raise(Long sessionId, Long partnerFeedbackId, String raisedBy, Instant now) {
        var action = new FeedbackAction();
        action.sessionId = sessionId;
        action.partnerFeedbackId = partnerFeedbackId;
        action.raisedBy = raisedBy;
        action.raisedAt = now;
        action.status = ActionStatus.OPEN;
        return action;
    }

    /** Takes the checked input; the done day is set when it becomes done and cleared when it is opened again. */
    void apply(ActionInput input, String owner, LocalDate today) {
        heard = input.heard().strip();
        what = input.what().strip();
        ownerUserId = input.ownerUserId();
        ownerName = owner;
        dueOn = input.dueOn();
        ActionStatus to = input.status() == null ? ActionStatus.OPEN : input.status();
        if (to == ActionStatus.DONE && status != ActionStatus.DONE) {
            doneOn = today;
        } else if (to != ActionStatus.DONE) {
            doneOn = null;
        }
        status = to;
        changed = FeedbackRules.blankToNull(input.changed());
    }

    Long getSessionId() {
        return sessionId;
    }

    Long getPartnerFeedbackId() {
        return partnerFeedbackId;
    }

    String getHeard() {
        return heard;
    }

    String getWhat() {
        return what;
    }

    Long getOwnerUserId() {
        return ownerUserId;
    }

    String getOwnerName() {
        return ownerName;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    ActionStatus getStatus() {
        return status;
    }

    String getChanged() {
        return changed;
    }

    LocalDate getDoneOn() {
        return doneOn;
    }

    String getRaisedBy() {
        return raisedBy;
    }

    Instant getRaisedAt() {
        return raisedAt;
    }
}
