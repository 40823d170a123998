package app.involvement.feedback;

import java.time.LocalDate;

/** What the pitfall indicators and the insights need to know about the current provider's evaluation. */
public interface FeedbackFigures {

    /**
     * Completed sessions held in the period (both days included) that count as involvement (never simulation
     * re-use) and have no evaluation: no staff feedback and no learners' feedback recorded.
     */
    long completedWithoutEvaluation(LocalDate from, LocalDate to);

    /** Actions raised from feedback, as they stand on a day. */
    ActionCounts actionCounts(LocalDate today);

    /** {@code overdue} are open actions whose due day is before today; they are also counted in {@code open}. */
    record ActionCounts(long open, long overdue, long done) {
    }
}
