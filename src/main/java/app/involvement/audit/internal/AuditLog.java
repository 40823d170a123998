package app.involvement.audit.internal;

import app.involvement.audit.AuditRecord;
import app.involvement.audit.AuditTrail;
import app.involvement.shared.AccessRefused;
import app.involvement.shared.AuditEvent;
import app.involvement.tenancy.TenantContext;
import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores every published AuditEvent in the publisher's transaction: if the action rolls back, so does
 * its entry; a refused login, which has no other writes, still gets its own transaction.
 */
@Service
class AuditLog implements AuditTrail {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    void on(AuditEvent event) {
        entries.save(new AuditEntry(clock.instant(), event.type(), event.tenantId(), event.actor(), event.subject(),
                event.detail()));
    }

    /** In a transaction of its own: the refused action usually rolls back, its audit entry must not. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AccessRefused refused) {
        entries.save(new AuditEntry(clock.instant(), refused.type(), refused.tenantId(), refused.actor(),
                refused.subject(), refused.detail()));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public List<AuditRecord> find(String type, String subject, Pageable pageable) {
        return entries.find(type, subject, pageable);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('LEAD')")
    public List<AuditRecord> reviewerLooks(Pageable pageable) {
        return entries.findForTenant(TenantContext.require(), REVIEWER_TYPES, pageable);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('LEAD')")
    public long countReviewerLooks() {
        return entries.countForTenant(TenantContext.require(), REVIEWER_TYPES);
    }
}
