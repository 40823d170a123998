package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * axe-core finds nothing on the reviewer-access pages (DD042): the platform admin's review assignments and the form
 * to assign a reviewer, the lead's "who looked at our evidence", and the reviewer's home with their current review.
 */
class ReviewerAccessAccessibilityBrowserIT extends BrowserTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theAssignments_andTheFormToAssignAReviewer() {
        loginAs("platform@platform.example");
        open("review-assignments");
        assertThat(currentPath()).isEqualTo("review-assignments");
        pageHeading();
        waitForGridRows();
        assertAccessible("review-assignments");

        driver.findElement(By.id("assignments-add")).click();
        waitFor(By.id("assignment-save"));
        waitForVaadin();
        assertAccessible("review-assignment-new");
    }

    @Test
    void whoLookedAtOurEvidence_forTheLead() {
        jdbc.update("insert into audit_entry (occurred_at, event_type, tenant_id, actor, subject, detail)"
                + " select ?, 'REVIEWER_VIEW', id, 'reviewer@hcpc.example', 'assignment 0', 'PERFORMANCE_REVIEW|evidence view'"
                + " from provider where short_code = 'NBU'", Timestamp.from(Instant.now()));
        loginAs("lead@northbridge.example");
        open("evidence-views");
        assertThat(currentPath()).isEqualTo("evidence-views");
        pageHeading();
        waitForGridRows();
        assertAccessible("evidence-views");
    }

    @Test
    void theReviewersHome_withTheirCurrentReview() {
        loginAs("reviewer@hcpc.example");
        waitFor(By.cssSelector("#home-reviewer-assignments a"));
        assertAccessible("reviewer-home");
    }
}
