package app.involvement.pool;

import java.time.LocalDate;

/** One step of a partner's status history; {@code from} is null for the first status. */
public record StatusChange(PartnerStatus from, PartnerStatus to, LocalDate on, String reason, String by) {
}
