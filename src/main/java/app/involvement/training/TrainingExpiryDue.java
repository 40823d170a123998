package app.involvement.training;

import app.involvement.shared.Language;
import java.time.LocalDate;

/** A partner's training ends soon; the reminder must reach them, in their language. Published once per record and end date. */
public record TrainingExpiryDue(Long tenantId, String providerName, String email, String partnerName,
        String moduleTitle, LocalDate validUntil, Language language) {
}
