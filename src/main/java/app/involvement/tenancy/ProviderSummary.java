package app.involvement.tenancy;

import java.time.Instant;

/** What other modules and views know of a provider. */
public record ProviderSummary(Long id, String name, String shortCode, String contactName, String contactEmail,
        String partnerTerm, Instant createdAt) {
}
