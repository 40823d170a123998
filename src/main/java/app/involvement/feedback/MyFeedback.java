package app.involvement.feedback;

import java.util.List;

/**
 * The signed-in partner's side of evaluation (DD039): their feedback on sessions they attended, found by their own
 * account, never by a partner id from the page; and what the provider changed because of feedback.
 */
public interface MyFeedback {

    /**
     * The feedback page of a completed session the partner attended.
     *
     * @throws org.springframework.security.access.AccessDeniedException for a session they did not attend, one
     *         not completed, another provider's or an unknown one (refused and logged)
     */
    MyFeedbackPage page(Long sessionId);

    /**
     * Gives feedback, or changes it while it may be changed ({@link FeedbackLimits#EDIT_DAYS} days after first
     * giving it); one entry per partner and session.
     *
     * @throws app.involvement.shared.BusinessRuleException for a missing answer, a rating out of range, a text too
     *         long, or when the time to give or change it is over
     */
    void give(Long sessionId, PartnerAnswers answers);

    /** Completed sessions of the last {@link FeedbackLimits#GIVE_WITHIN_DAYS} days they attended without feedback. */
    List<FeedbackInvite> toGive();

    /** Actions done in the last year, newest first: "you said, we did" (at most {@link FeedbackLimits#HOME_SHOWN}). */
    List<ToldBack> toldBack();
}
