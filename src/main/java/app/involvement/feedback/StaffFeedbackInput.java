package app.involvement.feedback;

/** A member of staff's own feedback on a session: a rating 1–5 and what they noticed. */
public record StaffFeedbackInput(Integer rating, String text) {
}
