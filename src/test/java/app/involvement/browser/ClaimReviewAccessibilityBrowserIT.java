package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.payments.PaymentTestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * axe-core finds nothing on the staff claim pages: the list with an overdue claim, a submitted claim with its
 * decisions and the send-back dialog (also with its error), a draft completed on the partner's behalf, a claim
 * at finance's step, and the coordinator's home card.
 */
class ClaimReviewAccessibilityBrowserIT extends BrowserTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void claimList_withAnOverdueClaim() {
        PaymentTestData.northbridgeClaim(jdbc, "Overdue Axe", "SUBMITTED", 40);
        loginAs("coordinator@northbridge.example");
        open("payment-claims");
        assertThat(currentPath()).isEqualTo("payment-claims");
        pageHeading();
        waitForGridRows();
        waitFor(By.cssSelector("vaadin-grid .claim-overdue"));
        assertAccessible("claims");
    }

    @Test
    void submittedClaim_withTheSendBackDialog() {
        Long claim = PaymentTestData.northbridgeClaim(jdbc, "Submitted Axe", "SUBMITTED", 20);
        loginAs("coordinator@northbridge.example");
        open("payment-claims/" + claim);
        pageHeading();
        waitFor(By.id("claim-approve"));
        assertAccessible("claim-submitted");

        waitFor(By.id("claim-reject")).click();
        waitFor(By.id("claim-reject-confirm")).click();
        waitForVaadin();
        waitFor(By.cssSelector("#claim-reject-reason[invalid]"));
        assertAccessible("claim-reject-dialog-with-error");
    }

    @Test
    void draftClaim_completedOnThePartnersBehalf() {
        Long claim = PaymentTestData.northbridgeClaim(jdbc, "Draft Axe", "DRAFT", 0);
        loginAs("coordinator@northbridge.example");
        open("payment-claims/" + claim);
        pageHeading();
        waitFor(By.id("expense-form"));
        waitFor(By.id("claim-submit"));
        assertAccessible("claim-on-behalf");
    }

    @Test
    void claimPages_fitAPhone() {
        Long draft = PaymentTestData.northbridgeClaim(jdbc, "Phone Draft Axe", "DRAFT", 0);
        Long submitted = PaymentTestData.northbridgeClaim(jdbc, "Phone Submitted Axe", "SUBMITTED", 30);
        driver.manage().window().setSize(PHONE);
        loginAs("coordinator@northbridge.example");
        for (Long claim : java.util.List.of(draft, submitted)) {
            open("payment-claims/" + claim);
            pageHeading();
            waitFor(By.id("claim-facts"));
            assertFitsThePhone("payment-claims/" + claim);
            assertAccessible("claim-at-360-" + claim);
        }
    }

    private void assertFitsThePhone(String page) {
        waitForVaadin();
        Number width = (Number) js().executeScript("""
                const main = document.querySelector('main');
                return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth,
                                main ? main.scrollWidth : 0);
                """);
        Number window = (Number) js().executeScript("return document.documentElement.clientWidth;");
        assertThat(width.intValue()).as("width of %s at %d px", page, window.intValue())
                .isLessThanOrEqualTo(window.intValue());
    }

    @Test
    void approvedClaim_forFinance() {
        Long claim = PaymentTestData.northbridgeClaim(jdbc, "Approved Axe", "SUBMITTED", 3);
        jdbc.update("update payment_claim set status = 'APPROVED', approved_at = submitted_at,"
                + " approved_by = 'coordinator@northbridge.example' where id = ?", claim);
        loginAs("finance@northbridge.example");
        open("payment-claims/" + claim);
        pageHeading();
        waitFor(By.id("claim-authorise"));
        assertAccessible("claim-approved-finance");
    }

    @Test
    void coordinatorHome_withClaimsWaiting() {
        PaymentTestData.northbridgeClaim(jdbc, "Home Axe", "SUBMITTED", 30);
        loginAs("coordinator@northbridge.example");
        pageHeading();
        waitFor(By.cssSelector("#home-claims-awaiting-approval .claim-overdue"));
        assertAccessible("coordinator-home-claims");
    }
}
