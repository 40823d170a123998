package app.involvement.sessions.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.PortalUser;
import app.involvement.shared.AccessRefused;
import app.involvement.shared.AuditEvent;
import app.involvement.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.security.access.AccessDeniedException;

/** Publishes changes to sessions, offers and places, and refused ids, to the audit log. */
@Component
class SessionAudit {

    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;

    SessionAudit(ApplicationEventPublisher events, CurrentUser currentUser) {
        this.events = events;
        this.currentUser = currentUser;
    }

    void record(String type, String subject, String detail) {
        events.publishEvent(new AuditEvent(type, TenantContext.require(), actor(), subject, detail));
    }

    /** An id this provider (or this partner) does not hold: unknown, or tampered with. Returns the exception to throw. */
    AccessDeniedException refused(String subject) {
        events.publishEvent(new AccessRefused(AccessRefused.RECORD, TenantContext.current().orElse(null), actor(),
                subject, null));
        return new AccessDeniedException("not yours: " + subject);
    }

    String actor() {
        return currentUser.get().map(PortalUser::email).orElse(null);
    }

    void publish(Object event) {
        events.publishEvent(event);
    }
}
