package app.involvement.sessions;

import java.time.LocalDate;
import java.time.LocalTime;

/** A session in a staff list: one row, its places counted in the same query. */
public record SessionRow(Long id, String title, String programmeName, String activityTypeName, LocalDate heldOn,
        LocalTime startTime, LocalTime endTime, int placesMinimum, int placesTarget, SessionStatus status,
        long confirmed, long openOffers) {

    public boolean belowMinimum() {
        return status == SessionStatus.PLANNED && confirmed < placesMinimum;
    }
}
