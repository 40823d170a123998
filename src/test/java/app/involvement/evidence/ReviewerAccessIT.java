package app.involvement.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.audit.AuditRecord;
import app.involvement.audit.AuditTrail;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ReviewKind;
import app.involvement.shared.UkFormats;
import app.involvement.tenancy.TenantContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The reviewer's door (DD042): the window in UK dates (the day before the first day, the first day, the last day,
 * the day after), the provider of the assignment and no other, another reviewer's assignment, tampered and unknown
 * ids, an assignment ended early; every look and refusal in the provider's log, which its lead (and no other
 * provider's lead) reads; pseudonyms stable within a review and different across reviews; the platform admin's
 * rules for a new assignment.
 */
class ReviewerAccessIT extends IntegrationTestBase {

    @Autowired
    private ReviewerAccess access;

    @Autowired
    private ReviewAssignments assignments;

    @Autowired
    private AuditTrail audit;

    private String reviewer;
    private String otherReviewer;
    private LocalDate today;

    @BeforeEach
    void twoReviewersOfTheirOwn() {
        today = LocalDate.now(UkFormats.UK_TIME);
        reviewer = newReviewer("access.reviewer");
        otherReviewer = newReviewer("access.other");
    }

    @Test
    void theWindow_opensOnTheFirstDayAndClosesAfterTheLastDay_inUkDates() {
        Long dayBeforeStart = assignment(reviewer, "NBU", today.plusDays(1), today.plusDays(10));
        Long firstDay = assignment(reviewer, "NBU", today, today.plusDays(10));
        Long lastDay = assignment(reviewer, "NBU", today.minusDays(10), today);
        Long dayAfterEnd = assignment(reviewer, "NBU", today.minusDays(10), today.minusDays(1));

        assertRefused(reviewer, dayBeforeStart);
        assertThat(look(reviewer, firstDay)).isEqualTo(providerId("NBU"));
        assertThat(look(reviewer, lastDay)).isEqualTo(providerId("NBU"));
        assertRefused(reviewer, dayAfterEnd);

        as(reviewer, () -> assertThat(access.current()).extracting(ReviewAssignment::id)
                .containsExactlyInAnyOrder(firstDay, lastDay));
        assertThat(reasons(dayBeforeStart)).containsExactly(ReviewerLooks.REFUSED_BEFORE_START);
        assertThat(reasons(dayAfterEnd)).containsExactly(ReviewerLooks.REFUSED_AFTER_END);
    }

    @Test
    void theWork_runsInTheAssignedProviderOnly_readOnly() {
        Long southmoor = assignment(reviewer, "SMC", today.minusDays(1), today.plusDays(1));
        as(reviewer, () -> access.read(southmoor, ReviewerLooks.VIEW, review -> {
            assertThat(TenantContext.current()).contains(providerId("SMC"));
            assertThat(TransactionSynchronizationManager.isCurrentTransactionReadOnly()).isTrue();
            assertThat(review.assignment().providerName()).isEqualTo("Southmoor College");
            assertThat(review.assignment().kind()).isEqualTo(ReviewKind.PERFORMANCE_REVIEW);
            return null;
        }));
        as(reviewer, () -> assertThat(TenantContext.current()).as("no provider after the work").isEmpty());
    }

    @Test
    void anotherReviewersAssignment_tamperedAndUnknownIds_areRefused_andRecorded() {
        Long theirs = assignment(otherReviewer, "SMC", today.minusDays(1), today.plusDays(1));
        Long unknown = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from review_assignment", Long.class);

        assertRefused(reviewer, theirs);
        assertRefused(reviewer, unknown);
        assertRefused(reviewer, null);
        assertRefused(reviewer, -1L);
        assertThat(look(otherReviewer, theirs)).isEqualTo(providerId("SMC"));

        var refusal = entries(theirs, AuditTrail.REVIEWER_REFUSED).getFirst();
        assertThat(refusal.get("tenant_id")).isEqualTo(providerId("SMC"));
        assertThat(refusal.get("actor")).isEqualTo(reviewer);
        assertThat(reasons(theirs)).containsExactly(ReviewerLooks.REFUSED_OTHER_REVIEWER);
        assertThat(entries(unknown, AuditTrail.REVIEWER_REFUSED)).singleElement()
                .satisfies(e -> assertThat(e.get("tenant_id")).isNull());
    }

    @Test
    void otherRoles_areRefusedTheReviewersDoor() {
        Long mine = assignment(reviewer, "NBU", today, today);
        for (String email : List.of(DemoLogins.NB_LEAD, DemoLogins.NB_COORDINATOR, DemoLogins.PLATFORM)) {
            as(email, () -> {
                assertThatThrownBy(() -> access.read(mine, ReviewerLooks.VIEW, r -> "read"))
                        .as(email).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> access.current()).as(email).isInstanceOf(AccessDeniedException.class);
            });
        }
    }

    @Test
    void everyLook_isRecordedInTheProvidersLog_forItsLeadAndNoOtherLead() {
        Long nb = assignment(reviewer, "NBU", today.minusDays(5), today.plusDays(5));
        look(reviewer, nb);
        as(reviewer, () -> access.read(nb, ReviewerLooks.PACK_PDF, r -> null));

        assertThat(entries(nb, AuditTrail.REVIEWER_VIEW)).singleElement()
                .satisfies(e -> assertThat(e.get("tenant_id")).isEqualTo(providerId("NBU")));
        assertThat(entries(nb, AuditTrail.REVIEWER_EXPORT)).hasSize(1);

        List<AuditRecord> northbridge = as(DemoLogins.NB_LEAD,
                () -> audit.reviewerLooks(PageRequest.of(0, 50)));
        assertThat(northbridge).filteredOn(r -> reviewer.equals(r.actor()))
                .extracting(AuditRecord::type).containsExactly(AuditTrail.REVIEWER_EXPORT, AuditTrail.REVIEWER_VIEW);
        assertThat(northbridge).allSatisfy(r -> assertThat(r.tenantId()).isEqualTo(providerId("NBU")));
        long count = as(DemoLogins.NB_LEAD, () -> audit.countReviewerLooks());
        assertThat(count).isGreaterThanOrEqualTo(2);

        List<AuditRecord> southmoor = as(DemoLogins.SM_LEAD, () -> audit.reviewerLooks(PageRequest.of(0, 500)));
        assertThat(southmoor).noneMatch(r -> reviewer.equals(r.actor()));
        as(reviewer, () -> assertThatThrownBy(() -> audit.reviewerLooks(PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class));
        as(DemoLogins.NB_COORDINATOR, () -> assertThatThrownBy(() -> audit.countReviewerLooks())
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void pseudonyms_areStableWithinAReview_differentAcrossReviews_andOfOneShape() {
        Long first = assignment(reviewer, "NBU", today, today.plusDays(1));
        Long second = assignment(reviewer, "NBU", today, today.plusDays(1));
        LongFunction<String> a = as(reviewer, () -> access.read(first, ReviewerLooks.VIEW, ReviewContext::pseudonym));
        LongFunction<String> aAgain = as(reviewer, () -> access.read(first, ReviewerLooks.VIEW, ReviewContext::pseudonym));
        LongFunction<String> b = as(reviewer, () -> access.read(second, ReviewerLooks.VIEW, ReviewContext::pseudonym));

        Set<String> seen = new HashSet<>();
        int sameAcross = 0;
        for (long partner = 1; partner <= 2000; partner++) {
            String p = a.apply(partner);
            assertThat(p).matches("P-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}");
            assertThat(aAgain.apply(partner)).as("stable within the review").isEqualTo(p);
            assertThat(seen.add(p)).as("one pseudonym per partner in a review").isTrue();
            if (b.apply(partner).equals(p)) {
                sameAcross++;
            }
        }
        assertThat(sameAcross).as("pseudonyms shared by the two reviews").isZero();
    }

    @Test
    void theDemoReviewer_seesNorthbridgeForAPerformanceReview() {
        List<ReviewAssignment> current = as(DemoLogins.REVIEWER, () -> access.current());
        assertThat(current).anySatisfy(a -> {
            assertThat(a.providerName()).isEqualTo("Northbridge University");
            assertThat(a.kind()).isEqualTo(ReviewKind.PERFORMANCE_REVIEW);
            assertThat(a.startsOn()).isEqualTo(today.minusDays(30));
            assertThat(a.endsOn()).isEqualTo(today.plusDays(60));
        });
        assertThat(current).extracting(ReviewAssignment::providerId).containsOnly(providerId("NBU"));
    }

    @Test
    void thePlatformAdmin_assignsWithinTheRules_andEndsEarly() {
        Long reviewerId = userId(reviewer);
        Long nb = providerId("NBU");
        Long id = as(DemoLogins.PLATFORM, () -> assignments.add(new NewReviewAssignment(reviewerId, nb,
                ReviewKind.FOCUSED_REVIEW, today, today.plusDays(AssignmentLimits.WINDOW_DAYS_MAX - 1))));
        assertThat(look(reviewer, id)).isEqualTo(nb);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'REVIEW_ASSIGNED'"
                + " and subject = ? and tenant_id = ?", Long.class, "assignment " + id, nb)).isEqualTo(1);

        as(DemoLogins.PLATFORM, () -> assignments.endEarly(id));
        assertRefused(reviewer, id);
        assertThat(reasons(id)).containsExactly(ReviewerLooks.REFUSED_ENDED_EARLY);
        as(DemoLogins.PLATFORM, () -> assertThatThrownBy(() -> assignments.endEarly(id))
                .isInstanceOf(BusinessRuleException.class).hasMessage("assignments.error.already-ended"));

        refusedRule(reviewerId, nb, today.plusDays(2), today.plusDays(1), "assignments.error.ends-before-start");
        refusedRule(reviewerId, nb, today, today.plusDays(AssignmentLimits.WINDOW_DAYS_MAX), "assignments.error.too-long");
        refusedRule(reviewerId, nb, today.minusDays(3), today.minusDays(1), "assignments.error.in-past");
        refusedRule(reviewerId, nb, today.plusDays(AssignmentLimits.START_AHEAD_DAYS_MAX + 1),
                today.plusDays(AssignmentLimits.START_AHEAD_DAYS_MAX + 2), "assignments.error.too-far-ahead");
        refusedRule(userId(DemoLogins.NB_LEAD), nb, today, today, "assignments.error.reviewer");
        refusedRule(reviewerId, -1L, today, today, "assignments.error.provider");

        as(DemoLogins.NB_LEAD, () -> assertThatThrownBy(() -> assignments.add(new NewReviewAssignment(reviewerId, nb,
                ReviewKind.APPROVAL, today, today))).isInstanceOf(AccessDeniedException.class));
        as(DemoLogins.PLATFORM, () -> assertThat(assignments.list(PageRequest.of(0, 20)))
                .anySatisfy(r -> {
                    assertThat(r.id()).isEqualTo(id);
                    assertThat(r.status()).isEqualTo(AssignmentStatus.ENDED_EARLY);
                    assertThat(r.providerName()).isEqualTo("Northbridge University");
                }));
    }

    private void refusedRule(Long reviewerId, Long provider, LocalDate from, LocalDate to, String key) {
        as(DemoLogins.PLATFORM, () -> assertThatThrownBy(() -> assignments.add(new NewReviewAssignment(reviewerId,
                provider, ReviewKind.APPROVAL, from, to))).as(key).isInstanceOf(BusinessRuleException.class)
                .hasMessage(key));
    }

    /** The provider the work ran in. */
    private Long look(String email, Long assignment) {
        return as(email, () -> access.read(assignment, ReviewerLooks.VIEW, r -> TenantContext.require()));
    }

    private void assertRefused(String email, Long assignment) {
        as(email, () -> assertThatThrownBy(() -> access.read(assignment, ReviewerLooks.VIEW, r -> {
            throw new AssertionError("the work must not run");
        })).as("assignment " + assignment).isInstanceOf(AccessDeniedException.class));
    }

    private List<java.util.Map<String, Object>> entries(Long assignment, String type) {
        return jdbc.queryForList("select tenant_id, actor, detail from audit_entry where subject = ? and event_type = ?"
                + " order by id", "assignment " + assignment, type);
    }

    private List<String> reasons(Long assignment) {
        return entries(assignment, AuditTrail.REVIEWER_REFUSED).stream()
                .map(e -> ReviewerLooks.Detail.parse((String) e.get("detail")).reason()).toList();
    }

    private Long assignment(String email, String provider, LocalDate from, LocalDate to) {
        jdbc.update("insert into review_assignment (version, provider_id, reviewer_user_id, reviewer_email, reviewer_name,"
                + " review_kind, starts_on, ends_on, pseudonym_key, created_by, created_at)"
                + " select 0, ?, id, email, display_name, 'PERFORMANCE_REVIEW', ?, ?, ?, 'test', ? from user_account"
                + " where email = ?", providerId(provider), Date.valueOf(from), Date.valueOf(to),
                java.util.HexFormat.of().formatHex(java.security.SecureRandom.getSeed(32)), Timestamp.from(Instant.now()),
                email);
        return jdbc.queryForObject("select max(id) from review_assignment where reviewer_email = ?", Long.class, email);
    }

    private Long userId(String email) {
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }

    /** A reviewer account of this test's own, with the demo password. */
    private String newReviewer(String prefix) {
        String email = prefix + "." + System.nanoTime() + "@hcpc.example";
        jdbc.update("insert into user_account (version, email, display_name, password_hash, platform_role,"
                + " failed_login_count, created_at) select 0, ?, 'Test Reviewer', password_hash, 'REVIEWER', 0, ?"
                + " from user_account where email = ?", email, Timestamp.from(Instant.now()), DemoLogins.REVIEWER);
        return email;
    }
}
