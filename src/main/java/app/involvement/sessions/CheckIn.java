package app.involvement.sessions;

import java.time.Instant;

/** A partner's check-in before a session, for staff. */
public record CheckIn(Long partnerId, String preferredName, String note, Instant checkedInAt) {
}
