package app.involvement.pool;

import java.time.LocalDate;

/** A partner as the pool list shows it. */
public record PartnerRow(Long id, String preferredName, String fullName, PartnerKind kind, PartnerStatus status,
        String email, String phone, LocalDate lastInvolvedOn) {
}
