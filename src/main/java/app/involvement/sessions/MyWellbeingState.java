package app.involvement.sessions;

import java.time.Instant;

/** What the partner has told us around one session: their check-in and debrief request (nulls when not made). */
public record MyWellbeingState(Instant checkedInAt, String checkInNote, Instant debriefRequestedAt,
        String debriefNote, Instant debriefClosedAt) {

    public static final MyWellbeingState NONE = new MyWellbeingState(null, null, null, null, null);

    public boolean checkedIn() {
        return checkedInAt != null;
    }

    public boolean debriefRequested() {
        return debriefRequestedAt != null;
    }
}
