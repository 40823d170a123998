package app.involvement.feedback.internal;

import app.involvement.feedback.ActionDetails;
import app.involvement.feedback.ActionFilter;
import app.involvement.feedback.ActionInput;
import app.involvement.feedback.ActionRow;
import app.involvement.feedback.ActionStatus;
import app.involvement.feedback.Actions;
import app.involvement.feedback.FeedbackLimits;
import app.involvement.identity.StaffChoice;
import app.involvement.identity.StaffDirectory;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "You said, we did" for the lead and coordinators (DD039). The owner must be one of the provider's leads or
 * coordinators ({@link StaffDirectory#choices}); their name is kept with the action, so it still reads right in
 * the evidence after they leave. Another provider's or an unknown id is refused and logged.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
class DefaultActions implements Actions {

    private final FeedbackActionRepository actions;
    private final PartnerFeedbackRepository partnerFeedback;
    private final EvaluationQueries queries;
    private final StaffDirectory staffDirectory;
    private final FeedbackAudit audit;
    private final Clock clock;

    DefaultActions(FeedbackActionRepository actions, PartnerFeedbackRepository partnerFeedback,
            EvaluationQueries queries, StaffDirectory staffDirectory, FeedbackAudit audit, Clock clock) {
        this.actions = actions;
        this.partnerFeedback = partnerFeedback;
        this.queries = queries;
        this.staffDirectory = staffDirectory;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<ActionRow> list(ActionFilter filter, Pageable pageable) {
        int size = Math.min(Math.max(pageable.getPageSize(), 1), FeedbackLimits.PAGE_SIZE_MAX);
        long offset = (long) pageable.getPageNumber() * size;
        return queries.actions(filter, today(), (int) Math.min(Integer.MAX_VALUE, offset), size);
    }

    @Override
    public long count(ActionFilter filter) {
        return queries.countActions(filter, today());
    }

    @Override
    public ActionDetails get(Long actionId) {
        FeedbackAction action = find(actionId);
        var session = queries.session(action.getSessionId()).orElseThrow(() -> audit.refused("action " + actionId));
        return new ActionDetails(action.getId(), action.getSessionId(), session.title(), session.heldOn(),
                action.getPartnerFeedbackId() != null, action.getHeard(), action.getWhat(), action.getOwnerUserId(),
                action.getOwnerName(), action.getDueOn(), action.getStatus(), action.getChanged(), action.getDoneOn(),
                action.getRaisedBy(), action.getRaisedAt(),
                action.getStatus() != ActionStatus.DONE && action.getDueOn().isBefore(today()));
    }

    @Override
    @Transactional
    public Long raise(Long sessionId, Long partnerFeedbackId, ActionInput input) {
        var session = queries.session(sessionId).orElseThrow(() -> audit.refused("session " + sessionId));
        if (partnerFeedbackId != null && partnerFeedback.findByIdAndSessionId(partnerFeedbackId, sessionId).isEmpty()) {
            throw audit.refused("partner feedback " + partnerFeedbackId);
        }
        if (!session.completed()) {
            throw new BusinessRuleException("session-feedback.not-completed");
        }
        LocalDate today = today();
        FeedbackRules.check(input, today, null);
        String owner = owner(input.ownerUserId());
        var action = FeedbackAction.raise(session.id(), partnerFeedbackId, audit.actor(), clock.instant());
        action.apply(input, owner, today);
        Long id = actions.save(action).getId();
        audit.record("ACTION_RAISED", "action " + id, "session " + sessionId + ", owner " + owner + ", due "
                + input.dueOn() + ", status " + action.getStatus());
        return id;
    }

    @Override
    @Transactional
    public void update(Long actionId, ActionInput input) {
        FeedbackAction action = find(actionId);
        LocalDate today = today();
        FeedbackRules.check(input, today, action.getDueOn());
        String owner = input.ownerUserId().equals(action.getOwnerUserId()) ? action.getOwnerName()
                : owner(input.ownerUserId());
        ActionStatus before = action.getStatus();
        action.apply(input, owner, today);
        audit.record("ACTION_CHANGED", "action " + actionId, "owner " + owner + ", due " + input.dueOn()
                + ", status " + before + " -> " + action.getStatus());
    }

    /** The owner's name, when they are a lead or coordinator of this provider. */
    private String owner(Long userId) {
        return staffDirectory.choices().stream().filter(c -> c.userId().equals(userId)).map(StaffChoice::displayName)
                .findFirst().orElseThrow(() -> new BusinessRuleException("actions.owner.invalid"));
    }

    private FeedbackAction find(Long actionId) {
        return (actionId == null ? Optional.<FeedbackAction>empty() : actions.findById(actionId))
                .orElseThrow(() -> audit.refused("action " + actionId));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkFormats.UK_TIME));
    }
}
