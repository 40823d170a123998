package app.involvement.feedback;

import java.time.LocalDate;

/** An action in a list: what, whose, when it is due, where it stands, and the session it came from. */
public record ActionRow(Long id, String what, String ownerName, LocalDate dueOn, ActionStatus status, boolean overdue,
        Long sessionId, String sessionTitle) {
}
