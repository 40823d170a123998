package app.involvement.evidence.internal;

import app.involvement.audit.AuditTrail;
import app.involvement.evidence.ReviewAssignment;
import app.involvement.evidence.ReviewContext;
import app.involvement.evidence.ReviewerAccess;
import app.involvement.evidence.ReviewerLooks;
import app.involvement.identity.CurrentUser;
import app.involvement.identity.PortalUser;
import app.involvement.shared.AccessRefused;
import app.involvement.shared.AuditEvent;
import app.involvement.shared.UkFormats;
import app.involvement.tenancy.ProviderService;
import app.involvement.tenancy.ProviderSummary;
import app.involvement.tenancy.TenantContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reviewer's only door to a provider (DD042). Checks, in this order and afresh on every call: the caller is a
 * signed-in reviewer; the assignment exists; it is theirs; it was not ended early; today's UK date is within its
 * first and last day. A refusal is recorded (in the provider's log when the assignment names one) and thrown as
 * {@link AccessDeniedException}. An allowed look is recorded in the provider's log first, then the work runs in
 * {@link TenantContext#runAs} of that provider, in a new read-only transaction of its own.
 */
@Service
class DefaultReviewerAccess implements ReviewerAccess {

    /** More current assignments than any reviewer holds at once; the home lists them all. */
    static final int CURRENT_MAX = 50;

    private final AssignmentRepository assignments;
    private final ProviderService providers;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate reads;
    private final TransactionTemplate readOnlyWork;
    private final TransactionTemplate audit;
    private final Clock clock;

    DefaultReviewerAccess(AssignmentRepository assignments, ProviderService providers, CurrentUser currentUser,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.assignments = assignments;
        this.providers = providers;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.readOnlyWork = new TransactionTemplate(transactions);
        this.readOnlyWork.setReadOnly(true);
        // a fresh persistence context bound to the provider's tenant, never one opened before runAs
        this.readOnlyWork.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.audit = new TransactionTemplate(transactions);
        this.audit.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    @PreAuthorize("hasRole('REVIEWER')")
    public List<ReviewAssignment> current() {
        PortalUser me = currentUser.require();
        LocalDate today = today();
        return reads.execute(status -> {
            List<Assignment> mine = assignments.findCurrent(me.userId(), today, PageRequest.of(0, CURRENT_MAX));
            Map<Long, String> names = providerNames(mine);
            return mine.stream().map(a -> record(a, names.get(a.getProviderId()))).toList();
        });
    }

    @Override
    @PreAuthorize("hasRole('REVIEWER')")
    public <T> T read(Long assignmentId, String what, Function<ReviewContext, T> work) {
        PortalUser me = currentUser.require();
        LocalDate today = today();
        ReviewContext context = reads.execute(status -> {
            Assignment a = assignmentId == null ? null : assignments.findById(assignmentId).orElse(null);
            String refusal = refusal(a, me, today);
            if (refusal != null) {
                refuse(a, me, assignmentId, what, refusal);
            }
            var assignment = record(a, providerNames(List.of(a)).get(a.getProviderId()));
            return new ReviewContext(assignment, Pseudonyms.of(a.getPseudonymKey()));
        });
        ReviewAssignment assignment = context.assignment();
        String type = ReviewerLooks.isExport(what) ? AuditTrail.REVIEWER_EXPORT : AuditTrail.REVIEWER_VIEW;
        audit.executeWithoutResult(status -> events.publishEvent(new AuditEvent(type, assignment.providerId(),
                me.email(), subject(assignmentId), ReviewerLooks.detail(assignment.kind(), what, null))));
        return TenantContext.runAs(assignment.providerId(),
                () -> readOnlyWork.execute(status -> work.apply(context)));
    }

    /** Why the reviewer may not look, or null when they may. */
    private static String refusal(Assignment a, PortalUser me, LocalDate today) {
        if (a == null) {
            return ReviewerLooks.REFUSED_UNKNOWN;
        }
        if (!a.getReviewerUserId().equals(me.userId())) {
            return ReviewerLooks.REFUSED_OTHER_REVIEWER;
        }
        return switch (a.status(today)) {
            case CURRENT -> null;
            case UPCOMING -> ReviewerLooks.REFUSED_BEFORE_START;
            case ENDED -> ReviewerLooks.REFUSED_AFTER_END;
            case ENDED_EARLY -> ReviewerLooks.REFUSED_ENDED_EARLY;
        };
    }

    /** Records the refusal in a transaction of its own (in the named provider's log) and refuses. */
    private void refuse(Assignment a, PortalUser me, Long assignmentId, String what, String why) {
        events.publishEvent(new AccessRefused(AuditTrail.REVIEWER_REFUSED, a == null ? null : a.getProviderId(),
                me.email(), subject(assignmentId), ReviewerLooks.detail(a == null ? null : a.getKind(), what, why)));
        throw new AccessDeniedException("Not assigned to this review today");
    }

    private static String subject(Long assignmentId) {
        return "assignment " + assignmentId;
    }

    private Map<Long, String> providerNames(List<Assignment> list) {
        var ids = list.stream().map(Assignment::getProviderId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return providers.findAll(ids).stream().collect(Collectors.toMap(ProviderSummary::id, ProviderSummary::name));
    }

    static ReviewAssignment record(Assignment a, String providerName) {
        return new ReviewAssignment(a.getId(), a.getProviderId(), providerName, a.getReviewerEmail(),
                a.getReviewerName(), a.getKind(), a.getStartsOn(), a.getEndsOn());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkFormats.UK_TIME));
    }
}
