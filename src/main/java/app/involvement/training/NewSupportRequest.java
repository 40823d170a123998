package app.involvement.training;

import java.time.LocalDate;

/** What a partner (or a coordinator for them) asks for: the kind, details (required for "other"), and optionally the date. */
public record NewSupportRequest(SupportKind kind, String details, LocalDate neededOn) {
}
