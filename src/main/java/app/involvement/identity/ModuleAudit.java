package app.involvement.identity;

import app.involvement.shared.AccessRefused;
import app.involvement.shared.AuditEvent;
import app.involvement.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;

/**
 * A module's link to the audit log: changes recorded with the signed-in person as actor, and refused ids. Each
 * module keeps its own small subclass as a component, so its services depend on nothing wider.
 */
public abstract class ModuleAudit {

    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;

    protected ModuleAudit(ApplicationEventPublisher events, CurrentUser currentUser) {
        this.events = events;
        this.currentUser = currentUser;
    }

    public void record(String type, String subject, String detail) {
        events.publishEvent(new AuditEvent(type, TenantContext.require(), actor(), subject, detail));
    }

    /** An id this provider (or this partner) does not hold: unknown, or tampered with. Returns the exception to throw. */
    public AccessDeniedException refused(String subject) {
        events.publishEvent(new AccessRefused(AccessRefused.RECORD, TenantContext.current().orElse(null), actor(),
                subject, null));
        return new AccessDeniedException("not yours: " + subject);
    }

    public String actor() {
        return currentUser.get().map(PortalUser::email).orElse(null);
    }

    public void publish(Object event) {
        events.publishEvent(event);
    }
}
