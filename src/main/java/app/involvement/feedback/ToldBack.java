package app.involvement.feedback;

import java.time.LocalDate;

/** A done action told back to partners: what we heard, what changed, and when. No names. */
public record ToldBack(Long actionId, String heard, String changed, LocalDate doneOn) {
}
