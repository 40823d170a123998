package app.involvement.audit;

import java.time.Instant;

/** An audit log entry as read back. */
public record AuditRecord(Instant occurredAt, String type, Long tenantId, String actor, String subject, String detail) {
}
