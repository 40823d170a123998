package app.involvement.feedback;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One action "you said, we did": what was heard (told back to partners once done), what will be done, the owner
 * (a lead or coordinator), the due day, where it stands, what changed, and where it came from (a session, or a
 * partner's feedback on it).
 */
public record ActionDetails(Long id, Long sessionId, String sessionTitle, LocalDate heldOn, boolean fromPartnerFeedback,
        String heard, String what, Long ownerUserId, String ownerName, LocalDate dueOn, ActionStatus status,
        String changed, LocalDate doneOn, String raisedBy, Instant raisedAt, boolean overdue) {

    public ActionInput toInput() {
        return new ActionInput(heard, what, ownerUserId, dueOn, status, changed);
    }
}
