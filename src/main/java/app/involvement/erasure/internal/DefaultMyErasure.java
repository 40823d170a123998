package app.involvement.erasure.internal;

import app.involvement.erasure.ErasureLimits;
import app.involvement.erasure.ErasureOrigin;
import app.involvement.erasure.ErasureStatus;
import app.involvement.erasure.MyErasure;
import app.involvement.erasure.MyErasureRequest;
import app.involvement.pool.MyProfile;
import app.involvement.shared.BusinessRuleException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@PreAuthorize("hasRole('PARTNER')")
class DefaultMyErasure implements MyErasure {

    private final MyProfile myProfile;
    private final ErasureRequestRepository requests;
    private final ErasureAudit audit;
    private final Clock clock;

    DefaultMyErasure(MyProfile myProfile, ErasureRequestRepository requests, ErasureAudit audit, Clock clock) {
        this.myProfile = myProfile;
        this.requests = requests;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MyErasureRequest> open() {
        return myProfile.id().flatMap(id -> requests.findFirstByPartnerIdAndStatus(id, ErasureStatus.OPEN))
                .map(r -> new MyErasureRequest(r.getId(), r.getReason(), r.getRequestedAt()));
    }

    @Override
    public Long ask(String reason) {
        Long partnerId = me();
        if (reason != null && reason.strip().length() > ErasureLimits.REASON) {
            throw new BusinessRuleException("erasure.error.reason-too-long", ErasureLimits.REASON);
        }
        if (requests.existsByPartnerIdAndStatus(partnerId, ErasureStatus.OPEN)) {
            throw new BusinessRuleException("erasure.error.already-open");
        }
        var request = requests.save(new ErasureRequestEntry(partnerId, ErasureOrigin.PARTNER_ASKED, null, reason,
                clock.instant()));
        audit.record(ErasureAudit.REQUESTED, "partner " + partnerId, "request " + request.getId());
        return request.getId();
    }

    @Override
    public void withdraw() {
        Long partnerId = me();
        var request = requests.findFirstByPartnerIdAndStatus(partnerId, ErasureStatus.OPEN)
                .orElseThrow(() -> new BusinessRuleException("erasure.error.none-open"));
        request.withdraw(clock.instant());
        audit.record(ErasureAudit.WITHDRAWN, "partner " + partnerId, "request " + request.getId());
    }

    private Long me() {
        return myProfile.id().orElseThrow(() -> new BusinessRuleException("erasure.error.no-record"));
    }
}
