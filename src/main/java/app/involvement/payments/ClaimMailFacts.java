package app.involvement.payments;

import app.involvement.shared.Language;
import java.time.LocalDate;

/**
 * What a claim e-mail to its partner needs: whom to write to and in which language (their own, else the provider's),
 * the provider's name, the session the claim pays for, its total and, once paid, the day and reference.
 */
public record ClaimMailFacts(Long tenantId, Long claimId, String partnerName, String email, Language language,
        String providerName, String sessionTitle, LocalDate heldOn, long totalPence, LocalDate paidOn,
        String paymentReference) {
}
