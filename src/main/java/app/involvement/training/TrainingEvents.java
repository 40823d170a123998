package app.involvement.training;

import java.util.List;

/**
 * Optional scheduled sessions of a module. Staff schedule them and mark who attended (which records the
 * completion); partners book a place, never beyond the places there are, and may cancel before the day.
 */
public interface TrainingEvents {

    int MAX_PLACES = 200;
    int PLACE = 200;
    /** Upcoming sessions listed at most, per module and for a partner. */
    int MAX_LISTED = 50;

    /** Today's and later sessions of a module, soonest first, for staff. */
    List<TrainingEventView> forModule(Long moduleId);

    /** @throws app.involvement.shared.BusinessRuleException for a past date, a bad time, no place, places out of range */
    Long schedule(Long moduleId, TrainingEventInput input);

    List<TrainingBooking> bookings(Long eventId);

    /** Marks the partner attended and records the module as completed on the session's day (not before it). */
    void markAttended(Long eventId, Long partnerId);

    /** Today's and later sessions of the provider, soonest first, for the signed-in partner. */
    List<TrainingEventView> upcoming();

    /** @throws app.involvement.shared.BusinessRuleException when it is full, past or already booked */
    void book(Long eventId);

    void cancel(Long eventId);
}
