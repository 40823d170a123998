package app.involvement.shared;

/**
 * Something that must be written to the append-only audit log. Any module publishes it with Spring's
 * {@code ApplicationEventPublisher}; the audit module stores it in the publisher's transaction.
 *
 * @param type       what happened, e.g. {@code LOGIN_FAILED}
 * @param tenantId   the provider it concerns, or {@code null} for platform events
 * @param actor      who did it (e-mail address), or {@code null} when nobody is signed in
 * @param subject    what it was done to (an e-mail address, a provider code, an id)
 * @param detail     short free text, never a secret
 */
public record AuditEvent(String type, Long tenantId, String actor, String subject, String detail) {

    public static final int MAX_DETAIL = 1000;

    public AuditEvent {
        if (detail != null && detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL);
        }
    }
}
