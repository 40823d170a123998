package app.involvement.feedback;

import java.time.Instant;

/** One member of staff's feedback on a session; {@code mine} when the reader wrote it. */
public record StaffFeedbackRow(Long id, String authorName, int rating, String text, Instant givenAt, boolean mine) {
}
