package app.involvement.sessions;

/** A partner holding a place on a session is due their reminder (published by the reminder job, once per session day). */
public record SessionReminderDue(Long tenantId, Long sessionId, Long offerId, Long partnerId) {
}
