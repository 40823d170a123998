package app.involvement.feedback;

import java.util.List;
import org.springframework.data.domain.Pageable;

/**
 * "You said, we did" (DD039): actions raised from a completed session or from a partner's feedback on it, for the
 * lead and coordinators. Done actions are told back on partners' homes. Another provider's or an unknown id is
 * refused and logged.
 */
public interface Actions {

    /** A page of actions: open and overdue ones by due day, soonest first; done ones newest first. One query. */
    List<ActionRow> list(ActionFilter filter, Pageable pageable);

    long count(ActionFilter filter);

    /** @throws org.springframework.security.access.AccessDeniedException for an id this provider does not hold */
    ActionDetails get(Long actionId);

    /**
     * Raises an action from a completed session, or from a partner's feedback on it ({@code partnerFeedbackId}).
     *
     * @throws app.involvement.shared.BusinessRuleException for a missing or too long text, an owner who is not a
     *         lead or coordinator of the provider, a due day in the past or too far ahead, or a session not completed
     */
    Long raise(Long sessionId, Long partnerFeedbackId, ActionInput input);

    /**
     * Changes an action; moving it to done needs what changed, and tells it back to partners.
     *
     * @throws app.involvement.shared.BusinessRuleException as {@link #raise}; a changed due day must not be past
     */
    void update(Long actionId, ActionInput input);
}
