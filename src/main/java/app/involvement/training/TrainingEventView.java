package app.involvement.training;

import java.time.LocalDate;

/** A session as lists show it; {@code bookedByMe} is false for staff. */
public record TrainingEventView(Long id, Long moduleId, String moduleTitle, LocalDate heldOn, String startTime,
        String place, boolean online, int places, long booked, boolean bookedByMe) {

    public long placesLeft() {
        return Math.max(0, places - booked);
    }
}
