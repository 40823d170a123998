package app.involvement.evidence.internal;

import app.involvement.identity.Role;
import app.involvement.shared.ReviewKind;
import app.involvement.shared.UkFormats;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile only: {@code reviewer@hcpc.example} is assigned to Northbridge for a performance review from 30 days
 * ago to 60 days ahead, and to nothing else. Skipped once the reviewer has any assignment.
 */
@Component
@Profile("demo & !mysql")
@Order(32)
class DemoReviewAssignment implements ApplicationRunner {

    static final String REVIEWER = "reviewer@hcpc.example";

    private final AssignmentRepository assignments;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoReviewAssignment(AssignmentRepository assignments, JdbcTemplate jdbc, TransactionTemplate transactions,
            Clock clock) {
        this.assignments = assignments;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Long> provider = jdbc.queryForList("select id from provider where short_code = 'NBU'", Long.class);
        var reviewer = jdbc.queryForList("select id, display_name from user_account where email = ? and platform_role = ?",
                REVIEWER, Role.REVIEWER.name());
        if (provider.isEmpty() || reviewer.isEmpty()) {
            return;
        }
        Long reviewerId = ((Number) reviewer.getFirst().get("id")).longValue();
        String name = (String) reviewer.getFirst().get("display_name");
        Long count = jdbc.queryForObject("select count(*) from review_assignment where reviewer_user_id = ?", Long.class,
                reviewerId);
        if (count != null && count > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(UkFormats.UK_TIME));
        transactions.executeWithoutResult(status -> assignments.save(new Assignment(provider.getFirst(), reviewerId,
                REVIEWER, name, ReviewKind.PERFORMANCE_REVIEW, today.minusDays(30), today.plusDays(60),
                Pseudonyms.newKey(), "platform@platform.example", clock.instant())));
    }
}
