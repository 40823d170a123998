package app.involvement.planning;

import app.involvement.shared.ReviewKind;
import java.time.LocalDate;

/** A review cycle in the list, with its counts (from one query). */
public record ReviewCycleSummary(Long id, ReviewKind kind, LocalDate startsOn, LocalDate endsOn, long programmes,
        long openActivities, long openReferrals) {
}
