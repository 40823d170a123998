package app.involvement.evidence;

import app.involvement.identity.PortalUser;
import app.involvement.shared.ReviewKind;
import app.involvement.shared.UkFormats;
import app.involvement.tenancy.TenantContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A stand-in for the reviewer-access helper's {@link ReviewerAccess} while that branch is not merged (registered
 * only when the application has no implementation, see {@link FallbackReviewerAccess}): the demo reviewer holds one
 * assignment, {@link #ASSIGNMENT_ID}, to Northbridge for a performance review from 30 days ago to 60 days ahead;
 * everyone and everything else is refused. It runs the work in Northbridge in a read-only transaction and notes
 * each look in {@link #LOOKS}, as the real one records it in the audit log.
 */
public class TestReviewerAccess implements ReviewerAccess {

    public static final long ASSIGNMENT_ID = 900_001L;
    public static final String REVIEWER = "reviewer@hcpc.example";

    /** "what" of every look allowed, newest last. */
    public static final List<String> LOOKS = new CopyOnWriteArrayList<>();

    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactions;
    private final Clock clock;

    public TestReviewerAccess(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    private ReviewAssignment assignment() {
        LocalDate today = LocalDate.now(clock.withZone(UkFormats.UK_TIME));
        var provider = jdbc.queryForMap("select id, name from provider where short_code = 'NBU'");
        return new ReviewAssignment(ASSIGNMENT_ID, ((Number) provider.get("id")).longValue(),
                (String) provider.get("name"), REVIEWER, "Rhiannon Reviewer", ReviewKind.PERFORMANCE_REVIEW,
                today.minusDays(30), today.plusDays(60));
    }

    private static boolean signedInReviewer() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof PortalUser user && REVIEWER.equals(user.email())
                && auth.getAuthorities().stream().anyMatch(a -> "ROLE_REVIEWER".equals(a.getAuthority()));
    }

    @Override
    public List<ReviewAssignment> current() {
        if (!signedInReviewer()) {
            throw new AccessDeniedException("reviewers only");
        }
        return List.of(assignment());
    }

    @Override
    public <T> T read(Long assignmentId, String what, Function<ReviewContext, T> work) {
        if (!signedInReviewer() || assignmentId == null || assignmentId != ASSIGNMENT_ID) {
            throw new AccessDeniedException("not this reviewer's assignment");
        }
        ReviewAssignment assignment = assignment();
        var context = new ReviewContext(assignment, partnerId -> "P-" + Long.toString(
                (partnerId * 2_654_435_761L + ASSIGNMENT_ID) & 0xFFFFFL, 36).toUpperCase());
        LOOKS.add(what);
        var readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        return TenantContext.runAs(assignment.providerId(), () -> readOnly.execute(status -> work.apply(context)));
    }
}
