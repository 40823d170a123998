package app.involvement.training.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.PortalUser;
import app.involvement.shared.AccessRefused;
import app.involvement.shared.AuditEvent;
import app.involvement.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Publishes changes to training to the audit log, and refused ids. */
@Component
class TrainingAudit {

    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;

    TrainingAudit(ApplicationEventPublisher events, CurrentUser currentUser) {
        this.events = events;
        this.currentUser = currentUser;
    }

    void record(String type, String subject, String detail) {
        events.publishEvent(new AuditEvent(type, TenantContext.require(), actor(), subject, detail));
    }

    /** An id this provider does not hold: unknown, or another provider's (tampered with). Returns the exception to throw. */
    AccessDeniedException refused(String subject) {
        events.publishEvent(new AccessRefused(AccessRefused.RECORD, TenantContext.current().orElse(null), actor(),
                subject, null));
        return new AccessDeniedException("not this provider's " + subject);
    }

    String actor() {
        return currentUser.get().map(PortalUser::email).orElse(null);
    }
}
