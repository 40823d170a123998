package app.involvement.identity.internal;

import app.involvement.shared.AccessRefused;
import app.involvement.shared.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes the identity module's security events to the audit log. */
@Component
class Audit {

    private final ApplicationEventPublisher events;

    Audit(ApplicationEventPublisher events) {
        this.events = events;
    }

    void record(String type, Long tenantId, String actor, String subject, String detail) {
        events.publishEvent(new AuditEvent(type, tenantId, actor, subject, detail));
    }

    /** An id the person's provider does not hold (unknown or tampered with); stored even if the action rolls back. */
    void refused(Long tenantId, String actor, String subject) {
        events.publishEvent(new AccessRefused(AccessRefused.RECORD, tenantId, actor, subject, null));
    }
}
