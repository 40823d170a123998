package app.involvement.training;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A support request as lists show it. {@code outcome} is what was arranged or why it was declined;
 * {@code partnerName} is the partner's preferred name (staff lists only; null on the partner's own page).
 */
public record SupportRequestRow(Long id, Long partnerId, String partnerName, SupportKind kind, String details,
        LocalDate neededOn, SupportStatus status, String outcome, Instant requestedAt) {
}
