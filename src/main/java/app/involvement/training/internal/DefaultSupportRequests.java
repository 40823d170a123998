package app.involvement.training.internal;

import app.involvement.pool.MyProfile;
import app.involvement.shared.BusinessRuleException;
import app.involvement.training.NewSupportRequest;
import app.involvement.training.SupportKind;
import app.involvement.training.SupportLimits;
import app.involvement.training.SupportRequestRow;
import app.involvement.training.SupportRequests;
import app.involvement.training.SupportStatus;
import app.involvement.training.SupportedPartner;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
class DefaultSupportRequests implements SupportRequests {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final SupportRequestRepository requests;
    private final SupportRequestQueries queries;
    private final SupportPartners partners;
    private final MyProfile myProfile;
    private final TrainingAudit audit;
    private final Clock clock;

    DefaultSupportRequests(SupportRequestRepository requests, SupportRequestQueries queries, SupportPartners partners,
            MyProfile myProfile, TrainingAudit audit, Clock clock) {
        this.requests = requests;
        this.queries = queries;
        this.partners = partners;
        this.myProfile = myProfile;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PARTNER')")
    public List<SupportRequestRow> mine() {
        return myProfile.id().map(this::rowsOf).orElse(List.of());
    }

    @Override
    @PreAuthorize("hasRole('PARTNER')")
    public Long ask(NewSupportRequest request) {
        NewSupportRequest clean = valid(request);
        Long partner = myProfile.id().orElseThrow(() -> new BusinessRuleException("my-support.no-profile"));
        return store(partner, clean);
    }

    @Override
    public Long askFor(Long partnerId, NewSupportRequest request) {
        NewSupportRequest clean = valid(request);
        if (!partners.exists(partnerId)) {
            throw audit.refused("partner " + partnerId);
        }
        return store(partnerId, clean);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SupportRequestRow> list(SupportStatus status, Pageable pageable) {
        return queries.page(status, pageable);
    }

    @Override
    @Transactional(readOnly = true)
    public long count(SupportStatus status) {
        return queries.count(status);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SupportedPartner> partner(Long partnerId) {
        return partners.find(partnerId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SupportRequestRow> forPartner(Long partnerId) {
        return partnerId == null ? List.of() : rowsOf(partnerId);
    }

    @Override
    public void arrange(Long requestId, String whatWasArranged) {
        handle(requestId, SupportStatus.ARRANGED, whatWasArranged);
    }

    @Override
    public void decline(Long requestId, String reason) {
        handle(requestId, SupportStatus.DECLINED, reason);
    }

    private void handle(Long requestId, SupportStatus outcome, String text) {
        String clean = text == null ? "" : text.trim();
        if (clean.isEmpty()) {
            throw new BusinessRuleException(outcome == SupportStatus.DECLINED ? "support.decline.reason-required"
                    : "support.arrange.what-required");
        }
        if (clean.length() > SupportLimits.OUTCOME) {
            throw new BusinessRuleException("field.too-long", SupportLimits.OUTCOME);
        }
        SupportRequest request = (requestId == null ? Optional.<SupportRequest>empty() : requests.findById(requestId))
                .orElseThrow(() -> audit.refused("support request " + requestId));
        if (request.getStatus() != SupportStatus.REQUESTED) {
            throw new BusinessRuleException("support.already-handled");
        }
        request.handle(outcome, clean, clock.instant(), audit.actor());
        audit.record("SUPPORT_" + outcome, "support request " + requestId,
                "partner " + request.getPartnerId() + "; " + request.getKind() + "; " + clean);
    }

    private Long store(Long partnerId, NewSupportRequest clean) {
        Long id = requests.save(new SupportRequest(partnerId, clean.kind(), clean.details(), clean.neededOn(),
                clock.instant(), audit.actor())).getId();
        audit.record("SUPPORT_REQUESTED", "support request " + id, "partner " + partnerId + "; " + clean.kind());
        return id;
    }

    private List<SupportRequestRow> rowsOf(Long partnerId) {
        return requests.findByPartnerIdOrderByRequestedAtDescIdDesc(partnerId,
                PageRequest.of(0, SupportLimits.PARTNER_REQUESTS_SHOWN)).stream().map(SupportRequest::row).toList();
    }

    /** The rules of a request, checked before anything is read or stored; returns it trimmed. */
    private NewSupportRequest valid(NewSupportRequest request) {
        if (request == null || request.kind() == null) {
            throw new BusinessRuleException("my-support.kind-required");
        }
        String details = request.details() == null || request.details().isBlank() ? null : request.details().trim();
        if (request.kind() == SupportKind.OTHER && details == null) {
            throw new BusinessRuleException("my-support.details-required");
        }
        if (details != null && details.length() > SupportLimits.DETAILS) {
            throw new BusinessRuleException("field.too-long", SupportLimits.DETAILS);
        }
        if (request.neededOn() != null && request.neededOn().isBefore(LocalDate.now(clock.withZone(UK)))) {
            throw new BusinessRuleException("my-support.date-in-past");
        }
        return new NewSupportRequest(request.kind(), details, request.neededOn());
    }
}
