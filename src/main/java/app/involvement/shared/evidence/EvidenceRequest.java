package app.involvement.shared.evidence;

import app.involvement.shared.Language;
import java.time.LocalDate;
import java.util.function.LongFunction;

/**
 * What an {@link EvidenceSource} is asked for: the reader's language, the day it is read, the period the review
 * looks at, and how to name a partner (a pseudonym stable within one review). It is always answered inside the
 * provider under review ({@code TenantContext}).
 */
public record EvidenceRequest(Language language, LocalDate today, LocalDate from, LocalDate to,
        LongFunction<String> pseudonym) {
}
