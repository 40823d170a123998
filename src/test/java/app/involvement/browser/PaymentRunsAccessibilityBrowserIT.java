package app.involvement.browser;

import app.involvement.payments.RunTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * axe-core finds nothing on the payment-run pages: the list with claims ready to pay, an open run and its export
 * dialog, an exported run's mark-paid form with its errors, the lead's read-only run, and finance's home.
 */
class PaymentRunsAccessibilityBrowserIT extends BrowserTestBase {

    private static final String FINANCE = "finance@northbridge.example";

    @Autowired
    private JdbcTemplate jdbc;

    private Long nbu;

    @BeforeEach
    void provider() {
        nbu = jdbc.queryForObject("select id from provider where short_code = 'NBU'", Long.class);
    }

    @Test
    void runList_withClaimsReadyToPay() {
        RunTestData.readyClaim(jdbc, nbu);
        RunTestData.openRun(jdbc, nbu);
        loginAs(FINANCE);
        open("payment-runs");
        pageHeading();
        waitFor(By.id("runs-ready-grid"));
        waitForGridRows();
        assertAccessible("payment-runs");
    }

    @Test
    void openRun_andTheExportDialog() {
        Long run = RunTestData.openRun(jdbc, nbu);
        loginAs(FINANCE);
        open("payment-runs/" + run);
        pageHeading();
        waitForGridRows();
        assertAccessible("payment-run-open");

        buttonWithText("vaadin-button", t("runs.export")).click();
        buttonWithText("vaadin-button", t("runs.export.confirm.ok"));
        assertAccessible("payment-run-export-dialog");
    }

    @Test
    void exportedRun_andTheMarkPaidFormWithErrors() {
        Long run = RunTestData.exportedRun(jdbc, nbu);
        loginAs(FINANCE);
        open("payment-runs/" + run);
        pageHeading();
        waitFor(By.id("run-mark-paid"));
        waitForGridRows();
        assertAccessible("payment-run-exported");

        var submit = buttonWithText("vaadin-button", t("runs.paid.submit"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", submit);
        submit.click();
        waitForVaadin();
        assertAccessible("payment-run-mark-paid-errors");
    }

    @Test
    void theLeadsReadOnlyRun() {
        Long run = RunTestData.exportedRun(jdbc, nbu);
        loginAs("lead@northbridge.example");
        open("payment-runs/" + run);
        pageHeading();
        waitForGridRows();
        assertAccessible("payment-run-lead");
    }

    @Test
    void financeHome_withTheNextRun() {
        RunTestData.readyClaim(jdbc, nbu);
        loginAs(FINANCE);
        pageHeading();
        waitFor(By.id("home-next-run"));
        assertAccessible("finance-home");
    }
}
