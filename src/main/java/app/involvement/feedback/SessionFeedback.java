package app.involvement.feedback;

/**
 * Staff (lead and coordinators) evaluate a completed session (DD039): they read the partners' feedback, give their
 * own, and enter the learners' feedback as counts and comments. Every id is checked against the provider; a
 * tampered one is refused and logged.
 */
public interface SessionFeedback {

    /** @throws org.springframework.security.access.AccessDeniedException for a session this provider does not hold */
    SessionEvaluation evaluation(Long sessionId);

    /**
     * Saves the signed-in person's own feedback on the session (saving again replaces it).
     *
     * @throws app.involvement.shared.BusinessRuleException when the session is not completed, the rating is missing
     *         or out of range, or the text is missing or too long
     */
    void saveStaffFeedback(Long sessionId, StaffFeedbackInput input);

    /**
     * Saves the learners' feedback on the session (one record per session; saving again replaces it).
     *
     * @throws app.involvement.shared.BusinessRuleException when the session is not completed, a count is missing,
     *         negative or too large, the three add up to more than the responses, or the comments are too long
     */
    void saveLearnerFeedback(Long sessionId, LearnerCounts counts);
}
