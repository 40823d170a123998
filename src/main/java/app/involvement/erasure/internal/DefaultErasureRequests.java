package app.involvement.erasure.internal;

import app.involvement.erasure.ErasureCase;
import app.involvement.erasure.ErasureGround;
import app.involvement.erasure.ErasureLimits;
import app.involvement.erasure.ErasureOrigin;
import app.involvement.erasure.ErasureRequestRow;
import app.involvement.erasure.ErasureRequests;
import app.involvement.erasure.ErasureStatus;
import app.involvement.pool.PartnerIdentities;
import app.involvement.pool.PartnerIdentity;
import app.involvement.pool.PartnerPaymentContact;
import app.involvement.pool.Pool;
import app.involvement.shared.BusinessRuleException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@PreAuthorize("hasRole('LEAD')")
class DefaultErasureRequests implements ErasureRequests {

    private final ErasureRequestRepository requests;
    private final PartnerIdentities identities;
    private final Pool pool;
    private final PartnerErasure erasure;
    private final ErasureAudit audit;
    private final Clock clock;

    DefaultErasureRequests(ErasureRequestRepository requests, PartnerIdentities identities, Pool pool,
            PartnerErasure erasure, ErasureAudit audit, Clock clock) {
        this.requests = requests;
        this.identities = identities;
        this.pool = pool;
        this.erasure = erasure;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ErasureRequestRow> list(Pageable pageable) {
        var page = PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), ErasureLimits.PAGE_SIZE_MAX));
        return rows(requests.page(page));
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return requests.count();
    }

    @Override
    @Transactional(readOnly = true)
    public long countOpen() {
        return requests.countByStatus(ErasureStatus.OPEN);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ErasureRequestRow> oldestOpen(int limit) {
        return rows(requests.findByStatusOrderByRequestedAtAscIdAsc(ErasureStatus.OPEN,
                PageRequest.of(0, Math.max(1, Math.min(limit, ErasureLimits.PAGE_SIZE_MAX)))));
    }

    private List<ErasureRequestRow> rows(List<ErasureRequestEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<Long, PartnerPaymentContact> names = pool.paymentContacts(
                entries.stream().map(ErasureRequestEntry::getPartnerId).distinct().toList());
        return entries.stream().map(r -> new ErasureRequestRow(r.getId(), r.getPartnerId(),
                names.containsKey(r.getPartnerId()) ? names.get(r.getPartnerId()).preferredName() : "",
                r.getOrigin(), r.getStatus(), r.getRequestedAt(), r.getClosedAt())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public ErasureCase request(Long requestId, Locale locale) {
        var request = find(requestId);
        var partner = partner(request.getPartnerId());
        List<String> blockers = request.getStatus() == ErasureStatus.OPEN
                ? erasure.reasonsNotToErase(partner, locale) : List.of();
        return new ErasureCase(request.getId(), partner.partnerId(), partner.preferredName(), request.getOrigin(),
                request.getStatus(), request.getGround(), request.getReason(), request.getRequestedAt(),
                request.getClosedAt(), blockers);
    }

    @Override
    @Transactional(readOnly = true)
    public ErasureCase onBehalf(Long partnerId, Locale locale) {
        var partner = partner(partnerId);
        if (erasure.alreadyErased(partnerId)) {
            return new ErasureCase(null, partnerId, partner.preferredName(), ErasureOrigin.LEAD_ON_BEHALF,
                    ErasureStatus.DONE, null, null, null, null, List.of());
        }
        return new ErasureCase(null, partnerId, partner.preferredName(), ErasureOrigin.LEAD_ON_BEHALF, null, null,
                null, null, null, erasure.reasonsNotToErase(partner, locale));
    }

    @Override
    public void erase(Long requestId, String typedName) {
        var request = find(requestId);
        if (request.getStatus() != ErasureStatus.OPEN) {
            throw new BusinessRuleException("erasure.error.not-open");
        }
        var partner = partner(request.getPartnerId());
        confirm(partner, typedName);
        eraseNow(partner, request);
    }

    @Override
    public Long eraseOnBehalf(Long partnerId, ErasureGround ground, String typedName) {
        var partner = partner(partnerId);
        if (ground == null) {
            throw new BusinessRuleException("erasure.error.ground-required");
        }
        confirm(partner, typedName);
        var request = requests.findFirstByPartnerIdAndStatus(partnerId, ErasureStatus.OPEN)
                .orElseGet(() -> new ErasureRequestEntry(partnerId, ErasureOrigin.LEAD_ON_BEHALF, ground, null,
                        clock.instant()));
        eraseNow(partner, request);
        return request.getId();
    }

    /** Blockers asked again here, inside the transaction: a claim added since the page opened still stops it. */
    private void eraseNow(PartnerIdentity partner, ErasureRequestEntry request) {
        var blocked = erasure.eraseUnlessBlocked(partner, Locale.UK);
        if (blocked.isPresent()) {
            throw new BusinessRuleException("erasure.error.blocked");
        }
        request.done(clock.instant(), audit.actor());
        requests.save(request);
        request.forgetReason();
        audit.record(ErasureAudit.ERASED, "partner " + partner.partnerId(), "request " + request.getId() + ", "
                + request.getOrigin() + (request.getGround() == null ? "" : ", " + request.getGround()));
    }

    /** The second confirmation: the partner's preferred name, typed (spaces and case aside). */
    private static void confirm(PartnerIdentity partner, String typedName) {
        if (typedName == null || !normal(typedName).equals(normal(partner.preferredName()))) {
            throw new BusinessRuleException("erasure.error.name-mismatch");
        }
    }

    static String normal(String name) {
        return Objects.requireNonNullElse(name, "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private ErasureRequestEntry find(Long requestId) {
        return requests.findById(requestId).orElseThrow(() -> audit.refused("erasure request " + requestId));
    }

    private PartnerIdentity partner(Long partnerId) {
        return identities.find(partnerId).orElseThrow(() -> audit.refused("partner " + partnerId));
    }
}
