package app.involvement.feedback;

/**
 * Learners' feedback on a session, entered by staff as counts: responses, and how many were positive, neutral and
 * negative (together at most the responses; some learners only comment), with their comments.
 */
public record LearnerCounts(Integer responses, Integer positive, Integer neutral, Integer negative, String comments) {
}
