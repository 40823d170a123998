package app.involvement.evidence.internal;

import app.involvement.evidence.AssignmentLimits;
import app.involvement.evidence.AssignmentRow;
import app.involvement.evidence.AssignmentStatus;
import app.involvement.evidence.NewReviewAssignment;
import app.involvement.evidence.ReviewAssignments;
import app.involvement.identity.CurrentUser;
import app.involvement.identity.ReviewerChoice;
import app.involvement.identity.Reviewers;
import app.involvement.shared.AuditEvent;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.tenancy.ProviderService;
import app.involvement.tenancy.ProviderSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The platform admin's assignments of reviewers (DD042): every change audited in the provider's log. */
@Service
@Validated
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class DefaultReviewAssignments implements ReviewAssignments {

    static final String ASSIGNED = "REVIEW_ASSIGNED";
    static final String ENDED_EARLY = "REVIEW_ASSIGNMENT_ENDED";

    private final AssignmentRepository assignments;
    private final ProviderService providers;
    private final Reviewers reviewers;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DefaultReviewAssignments(AssignmentRepository assignments, ProviderService providers, Reviewers reviewers,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.providers = providers;
        this.reviewers = reviewers;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AssignmentRow> list(Pageable pageable) {
        int size = Math.min(pageable.getPageSize(), AssignmentLimits.PAGE_SIZE_MAX);
        List<Assignment> page = assignments.findPage(PageRequest.of(pageable.getPageNumber(), size));
        var ids = page.stream().map(Assignment::getProviderId).collect(Collectors.toSet());
        Map<Long, String> names = ids.isEmpty() ? Map.of()
                : providers.findAll(ids).stream().collect(Collectors.toMap(ProviderSummary::id, ProviderSummary::name));
        LocalDate today = today();
        return page.stream().map(a -> new AssignmentRow(a.getId(), names.get(a.getProviderId()), a.getReviewerName(),
                a.getReviewerEmail(), a.getKind(), a.getStartsOn(), a.getEndsOn(), a.status(today), a.getCreatedBy(),
                a.getCreatedAt(), a.getEndedEarlyAt())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return assignments.count();
    }

    @Override
    @Transactional
    public Long add(NewReviewAssignment n) {
        ReviewerChoice reviewer = reviewers.find(n.reviewerUserId())
                .orElseThrow(() -> new BusinessRuleException("assignments.error.reviewer"));
        ProviderSummary provider = providers.find(n.providerId())
                .orElseThrow(() -> new BusinessRuleException("assignments.error.provider"));
        checkWindow(n.startsOn(), n.endsOn(), today());
        String admin = currentUser.require().email();
        Assignment saved = assignments.save(new Assignment(provider.id(), reviewer.userId(), reviewer.email(),
                reviewer.displayName(), n.kind(), n.startsOn(), n.endsOn(), Pseudonyms.newKey(), admin, clock.instant()));
        events.publishEvent(new AuditEvent(ASSIGNED, provider.id(), admin, "assignment " + saved.getId(),
                reviewer.email() + " " + n.kind() + " " + n.startsOn() + " to " + n.endsOn()));
        return saved.getId();
    }

    /** The window rules, shared with the form (DD042). */
    static void checkWindow(LocalDate startsOn, LocalDate endsOn, LocalDate today) {
        if (endsOn.isBefore(startsOn)) {
            throw new BusinessRuleException("assignments.error.ends-before-start");
        }
        if (ChronoUnit.DAYS.between(startsOn, endsOn) + 1 > AssignmentLimits.WINDOW_DAYS_MAX) {
            throw new BusinessRuleException("assignments.error.too-long", AssignmentLimits.WINDOW_DAYS_MAX);
        }
        if (endsOn.isBefore(today)) {
            throw new BusinessRuleException("assignments.error.in-past");
        }
        if (startsOn.isAfter(today.plusDays(AssignmentLimits.START_AHEAD_DAYS_MAX))) {
            throw new BusinessRuleException("assignments.error.too-far-ahead", AssignmentLimits.START_AHEAD_DAYS_MAX);
        }
        if (startsOn.isBefore(today.minusDays(AssignmentLimits.START_BACK_DAYS_MAX))) {
            throw new BusinessRuleException("assignments.error.too-far-back", AssignmentLimits.START_BACK_DAYS_MAX);
        }
    }

    @Override
    @Transactional
    public void endEarly(Long assignmentId) {
        Assignment a = assignments.findById(assignmentId)
                .orElseThrow(() -> new BusinessRuleException("assignments.error.unknown"));
        AssignmentStatus status = a.status(today());
        if (status == AssignmentStatus.ENDED || status == AssignmentStatus.ENDED_EARLY) {
            throw new BusinessRuleException("assignments.error.already-ended");
        }
        String admin = currentUser.require().email();
        a.endEarly(admin, clock.instant());
        events.publishEvent(new AuditEvent(ENDED_EARLY, a.getProviderId(), admin, "assignment " + a.getId(),
                a.getReviewerEmail() + " " + a.getKind()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkFormats.UK_TIME));
    }
}
