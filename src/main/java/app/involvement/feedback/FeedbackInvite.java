package app.involvement.feedback;

import java.time.LocalDate;

/** A session the partner attended and has not yet told us about. */
public record FeedbackInvite(Long sessionId, String title, LocalDate heldOn) {
}
