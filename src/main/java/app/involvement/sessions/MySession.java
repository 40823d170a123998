package app.involvement.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A session as the partner it was offered to sees it, with where they stand on it. */
public record MySession(Long offerId, Long sessionId, String title, String description, String activityTypeName,
        LocalDate heldOn, LocalTime startTime, LocalTime endTime, String place, String onlineLink,
        String preparation, String preparationLink, String wellbeingNotes, String paymentNote,
        boolean confidentialityNeeded, boolean conflictCheckNeeded, SessionStatus sessionStatus, OfferStatus status,
        Integer backupRank, Instant expiresAt, Attendance attendance) {
}
