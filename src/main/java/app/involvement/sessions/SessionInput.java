package app.involvement.sessions;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** What a coordinator enters for a session. Validated again by {@link Sessions}. */
public record SessionInput(Long programmeId, Long activityTypeId, String title, String description, LocalDate heldOn,
        LocalTime startTime, int durationMinutes, String place, String onlineLink, int placesMinimum,
        int placesTarget, SessionLevel level, SessionKind kind, Set<Long> wantedCategoryIds,
        boolean experienceRequired, String preparation, String preparationLink, String wellbeingNotes,
        String paymentNote, boolean confidentialityNeeded, boolean conflictCheckNeeded, OfferMode offerMode,
        int offerValidHours, int reminderDays) {

    public SessionInput {
        wantedCategoryIds = wantedCategoryIds == null ? Set.of() : Set.copyOf(wantedCategoryIds);
    }
}
