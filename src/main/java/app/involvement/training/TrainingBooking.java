package app.involvement.training;

/** Who booked a session, for staff marking attendance. */
public record TrainingBooking(Long partnerId, String partnerName, boolean attended) {
}
