package app.involvement.provider.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.PortalUser;
import app.involvement.shared.AccessRefused;
import app.involvement.shared.AuditEvent;
import app.involvement.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes changes to programmes and reference data, and refused ids, to the audit log. */
@Component
class ProviderAudit {

    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;

    ProviderAudit(ApplicationEventPublisher events, CurrentUser currentUser) {
        this.events = events;
        this.currentUser = currentUser;
    }

    void record(String type, String subject, String detail) {
        events.publishEvent(new AuditEvent(type, TenantContext.require(), actor(), subject, detail));
    }

    /** An id this provider does not hold: unknown, or another provider's (tampered with). */
    void refused(String subject) {
        events.publishEvent(new AccessRefused(AccessRefused.RECORD, TenantContext.current().orElse(null), actor(),
                subject, null));
    }

    private String actor() {
        return currentUser.get().map(PortalUser::email).orElse(null);
    }
}
