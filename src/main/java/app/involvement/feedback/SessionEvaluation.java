package app.involvement.feedback;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything recorded to evaluate one session, for staff: partners' feedback (with how many attended), staff
 * feedback, learners' counts ({@code null} until entered) and the actions raised from it. {@code completed} is false
 * for a session not yet completed, when nothing can be recorded; {@code simulationReuse} sessions may be evaluated
 * but never count as involvement.
 */
public record SessionEvaluation(Long sessionId, String title, LocalDate heldOn, boolean completed,
        boolean simulationReuse, long attended, List<PartnerFeedbackRow> partners, List<StaffFeedbackRow> staff,
        LearnerCounts learners, List<ActionRow> actions) {

    public SessionEvaluation {
        partners = List.copyOf(partners);
        staff = List.copyOf(staff);
        actions = List.copyOf(actions);
    }

    /** Staff or learners' feedback is recorded: the session counts as evaluated (see {@link FeedbackFigures}). */
    public boolean evaluated() {
        return !staff.isEmpty() || learners != null;
    }
}
