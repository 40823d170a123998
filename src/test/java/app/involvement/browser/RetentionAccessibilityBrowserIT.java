package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * axe-core finds nothing on the retention page (DD049): the periods the lead edits (read-only for the coordinator),
 * the coming month's preview with a partner to be erased, and the last runs with a partner not erased.
 */
class RetentionAccessibilityBrowserIT extends BrowserTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void aPartnerToBeErased_andARun() {
        Long nb = jdbc.queryForObject("select id from provider where short_code = 'NBU'", Long.class);
        if (jdbc.queryForObject("select count(*) from partner where email = 'long.gone@partners.example'",
                Long.class) == 0) {
            jdbc.update("insert into partner (version, tenant_id, preferred_name, email, kind, status, status_since,"
                    + " contact_preference, payment_choice, created_at) values (0, ?, 'Gwyn', 'long.gone@partners.example',"
                    + " 'CARER', 'LEFT', ?, 'EMAIL', 'FEE', ?)", nb, Date.valueOf(LocalDate.now().minusYears(3)),
                    Timestamp.from(Instant.now()));
            jdbc.update("insert into retention_run (version, tenant_id, ran_at, run_day, inactive_partners,"
                    + " finance_records, audit_entries, sent_mail, not_erased) values (0, ?, ?, ?, 1, 2, 3, 4,"
                    + " 'partner 1: unpaid claims')", nb, Timestamp.from(Instant.now()), Date.valueOf(LocalDate.now()));
        }
    }

    @Test
    void theRetentionPage_editedByTheLead() {
        loginAs("lead@northbridge.example");
        open("retention");
        assertThat(currentPath()).isEqualTo("retention");
        pageHeading();
        waitFor(By.id("retention-periods-save"));
        waitFor(By.id("retention-preview-partners"));
        waitFor(By.id("retention-runs-grid"));
        waitForGridRows();
        assertAccessible("retention");
    }

    @Test
    void theRetentionPage_readByTheCoordinator() {
        loginAs("coordinator@northbridge.example");
        open("retention");
        pageHeading();
        waitFor(By.id("retention-preview"));
        assertThat(driver.findElements(By.id("retention-periods-save"))).isEmpty();
        assertAccessible("retention-read-only");
    }
}
