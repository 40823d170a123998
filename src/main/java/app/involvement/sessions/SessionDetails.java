package app.involvement.sessions;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** One session as staff and offered partners see it; {@code confirmed} counts partners holding a place. */
public record SessionDetails(Long id, Long programmeId, String programmeName, Long activityTypeId,
        String activityTypeName, String title, String description, LocalDate heldOn, LocalTime startTime,
        LocalTime endTime, String place, String onlineLink, int placesMinimum, int placesTarget, SessionLevel level,
        SessionKind kind, Set<Long> wantedCategoryIds, boolean experienceRequired, String preparation,
        String preparationLink, String wellbeingNotes, String paymentNote, boolean confidentialityNeeded,
        boolean conflictCheckNeeded, OfferMode offerMode, int offerValidHours, int reminderDays,
        SessionStatus status, int icsSequence, long confirmed) {

    public int durationMinutes() {
        return (int) java.time.Duration.between(startTime, endTime).toMinutes();
    }

    public boolean belowMinimum() {
        return status == SessionStatus.PLANNED && confirmed < placesMinimum;
    }

    public SessionInput toInput() {
        return new SessionInput(programmeId, activityTypeId, title, description, heldOn, startTime, durationMinutes(),
                place, onlineLink, placesMinimum, placesTarget, level, kind, wantedCategoryIds, experienceRequired,
                preparation, preparationLink, wellbeingNotes, paymentNote, confidentialityNeeded, conflictCheckNeeded,
                offerMode, offerValidHours, reminderDays);
    }
}
