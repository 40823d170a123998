package app.involvement.pool;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A partner's record as staff or the partner see it. {@code experienceCategories} is empty unless consent
 * is in force and the reader may see them; {@code staffNotes} is null for the partner.
 */
public record PartnerDetails(Long id, boolean hasAccount, PartnerProfile profile, PartnerStatus status,
        LocalDate statusSince, LocalDate lastInvolvedOn, Set<Long> experienceCategories, Instant consentGivenAt,
        String staffNotes, List<StatusChange> history) {

    public boolean consentInForce() {
        return consentGivenAt != null;
    }
}
