package app.involvement.payments;

import java.time.LocalDate;

/** A rate card in the list: its dates, how many activity types it pays, and who changed it last. */
public record RateCardSummary(Long id, LocalDate effectiveFrom, LocalDate effectiveTo, int feeCount,
        long mileagePencePerMile, String updatedBy) {
}
