package app.involvement.feedback;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the partner's feedback page shows for one session they attended: the session, their answers when given
 * ({@code given} null before), and until which day they may still give or change them.
 */
public record MyFeedbackPage(Long sessionId, String title, LocalDate heldOn, PartnerAnswers given, Instant givenAt,
        LocalDate openUntil, boolean open) {
}
