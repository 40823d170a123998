package app.involvement.erasure.internal;

import app.involvement.erasure.ErasureOrigin;
import app.involvement.erasure.ErasureStatus;
import app.involvement.pool.PartnerIdentities;
import app.involvement.shared.AuditEvent;
import app.involvement.shared.BackgroundOnly;
import app.involvement.shared.privacy.RetentionErasure;
import app.involvement.tenancy.TenantContext;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention job's erasure of a partner inactive past the provider's period: the lead's work with no one signed
 * in (refused to anyone who is), in the job's provider, recorded as a done request of origin RETENTION and audited
 * as by the retention job. Reasons come back in English for the job's report.
 */
@Service
class DefaultRetentionErasure implements RetentionErasure {

    static final String BY_THE_JOB = "by the retention job";

    private final PartnerIdentities identities;
    private final PartnerErasure erasure;
    private final ErasureRequestRepository requests;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DefaultRetentionErasure(PartnerIdentities identities, PartnerErasure erasure, ErasureRequestRepository requests,
            ApplicationEventPublisher events, Clock clock) {
        this.identities = identities;
        this.erasure = erasure;
        this.requests = requests;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<String> eraseInactivePartner(long partnerId) {
        BackgroundOnly.check();
        long tenant = TenantContext.require();
        var partner = identities.find(partnerId);
        if (partner.isEmpty()) {
            return Optional.of("no such partner in this provider");
        }
        if (erasure.alreadyErased(partnerId)) {
            return Optional.of("already erased");
        }
        var blocked = erasure.eraseUnlessBlocked(partner.get(), Locale.UK);
        if (blocked.isPresent()) {
            return Optional.of(String.join("; ", blocked.get()));
        }
        var request = requests.findFirstByPartnerIdAndStatus(partnerId, ErasureStatus.OPEN)
                .orElseGet(() -> new ErasureRequestEntry(partnerId, ErasureOrigin.RETENTION, null, null, clock.instant()));
        request.done(clock.instant(), null);
        request.forgetReason();
        requests.save(request);
        events.publishEvent(new AuditEvent(ErasureAudit.ERASED, tenant, null, "partner " + partnerId,
                "request " + request.getId() + ", " + ErasureOrigin.RETENTION + ", " + BY_THE_JOB));
        return Optional.empty();
    }
}
