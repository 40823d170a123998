package app.involvement.sessions;

import java.time.Instant;
import java.time.LocalDate;

/** A partner's open request for a debrief after a session, for coordinators. */
public record DebriefRequest(Long id, Long sessionId, String sessionTitle, LocalDate heldOn, Long partnerId,
        String preferredName, String note, Instant requestedAt) {
}
