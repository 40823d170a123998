package app.involvement.sessions;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What an e-mail or calendar entry about a session says: title, day, time, place or link, preparation, the
 * coordinator to reply to, and the calendar SEQUENCE. {@code organiserEmail} is the coordinator's address, else
 * the provider's contact address.
 */
public record SessionFacts(Long tenantId, Long sessionId, String providerName, String title, LocalDate heldOn,
        LocalTime startTime, LocalTime endTime, String place, String onlineLink, String preparation,
        String preparationLink, String coordinatorEmail, String organiserEmail, SessionStatus status,
        int icsSequence) {

    /** Where to go: the place, the online link, or both. */
    public String where() {
        if (place != null && !place.isBlank() && onlineLink != null && !onlineLink.isBlank()) {
            return place + " (" + onlineLink + ")";
        }
        return place != null && !place.isBlank() ? place : onlineLink == null ? "" : onlineLink;
    }
}
