package app.involvement.feedback.internal;

import app.involvement.feedback.FeedbackFigures;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluation figures for insights, pitfall indicators and the reviewer's evidence: one aggregate statement each,
 * whatever the number of sessions; simulation re-use never counts (DD039).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'REVIEWER')")
class DefaultFeedbackFigures implements FeedbackFigures {

    private final EvaluationQueries queries;

    DefaultFeedbackFigures(EvaluationQueries queries) {
        this.queries = queries;
    }

    @Override
    public long completedWithoutEvaluation(LocalDate from, LocalDate to) {
        return queries.completedWithoutEvaluation(from, to);
    }

    @Override
    public ActionCounts actionCounts(LocalDate today) {
        return queries.actionCounts(today);
    }
}
