package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.payments.ClaimFixture;
import app.involvement.payments.ClaimFixture.Held;
import app.involvement.pool.PaymentChoice;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * axe-core finds nothing on the partner's claim pages (the list with the tax year and its warning, a draft with its
 * costs, the form showing its errors and the mileage field, a claim sent back, a paid claim) at 360 px and on a
 * desktop, and none is wider than the window.
 */
class MyClaimsAccessibilityBrowserIT extends BrowserTestBase {

    private static final String PARTNER = "partner@northbridge.example";

    @Autowired
    private JdbcTemplate jdbc;

    @ParameterizedTest(name = "my claims at {0}")
    @CsvSource({"desktop", "phone"})
    void myClaimsPage_withTheTaxYearWarning(String width) {
        Long draft = ClaimFixture.draft(jdbc, ClaimFixture.heldSession(jdbc, "NBU", "Interview panel"), PARTNER, "NBU");
        Long paid = ClaimFixture.draft(jdbc, ClaimFixture.heldSession(jdbc, "NBU", "Paid panel"), PARTNER, "NBU");
        ClaimFixture.submitted(jdbc, paid, PaymentChoice.FEE, 5_500, 0, Instant.now().minusSeconds(86_400 * 20L));
        ClaimFixture.paid(jdbc, paid, LocalDate.now());
        Long tenant = ClaimFixture.tenantOf(jdbc, "NBU");
        Long before = ClaimFixture.threshold(jdbc, tenant, 1L);
        try {
            phoneIf(width);
            loginAs(PARTNER);
            open("my-claims");
            assertThat(currentPath()).isEqualTo("my-claims");
            pageHeading();
            waitFor(By.id("tax-year-warning"));
            assertThat(draft).isNotNull();
            assertAccessible("my-claims-" + width);
            assertFitsTheWindow("my claims at " + width);
        } finally {
            ClaimFixture.threshold(jdbc, tenant, before);
        }
    }

    @ParameterizedTest(name = "a draft claim at {0}")
    @CsvSource({"desktop", "phone"})
    void aDraft_withCostsAndTheFormShowingItsErrors(String width) {
        Held held = ClaimFixture.heldSession(jdbc, "NBU", "Interview panel");
        Long claim = ClaimFixture.draft(jdbc, held, PARTNER, "NBU");
        jdbc.update("update payment_claim set route = 'FEE', fee_pence = 5500, expenses_pence = 420 where id = ?", claim);
        jdbc.update("insert into claim_expense (version, tenant_id, claim_id, category, description, spent_on,"
                + " amount_pence, receipt_name, receipt_type, receipt_size, receipt, created_at)"
                + " select 0, tenant_id, id, 'PUBLIC_TRANSPORT', 'Bus to the university', held_on, 420, 'ticket.pdf',"
                + " 'application/pdf', 4, ?, current_timestamp from payment_claim where id = ?", new byte[] {'%', 'P', 'D', 'F'},
                claim);
        phoneIf(width);
        loginAs(PARTNER);
        open("my-claims/" + claim);
        pageHeading();
        waitFor(By.id("expense-list"));
        assertAccessible("my-claim-draft-" + width);
        assertFitsTheWindow("a draft claim at " + width);
        var add = waitFor(By.id("expense-add"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", add);
        add.click();
        waitForVaadin();
        assertAccessible("my-claim-form-errors-" + width);
        var mileage = waitFor(By.cssSelector("#expense-category vaadin-radio-button[value='6']"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", mileage);
        waitFor(By.id("expense-miles"));
        waitForVaadin();
        assertAccessible("my-claim-form-mileage-" + width);
        assertFitsTheWindow("the cost form at " + width);
    }

    @ParameterizedTest(name = "a claim sent back at {0}")
    @CsvSource({"desktop", "phone"})
    void aClaimSentBack(String width) {
        Long claim = ClaimFixture.draft(jdbc, ClaimFixture.heldSession(jdbc, "NBU", "Interview panel"), PARTNER, "NBU");
        ClaimFixture.submitted(jdbc, claim, PaymentChoice.VOUCHER, 0, 5_500, Instant.now());
        ClaimFixture.rejected(jdbc, claim, "Please add the parking receipt.");
        phoneIf(width);
        loginAs(PARTNER);
        open("my-claims/" + claim);
        pageHeading();
        waitFor(By.id("claim-rejection"));
        assertAccessible("my-claim-rejected-" + width);
        assertFitsTheWindow("a claim sent back at " + width);
    }

    @ParameterizedTest(name = "a paid claim at {0}")
    @CsvSource({"desktop", "phone"})
    void aPaidClaim(String width) {
        Long claim = ClaimFixture.draft(jdbc, ClaimFixture.heldSession(jdbc, "NBU", "Interview panel"), PARTNER, "NBU");
        ClaimFixture.submitted(jdbc, claim, PaymentChoice.FEE, 5_500, 0, Instant.now().minusSeconds(86_400 * 3L));
        ClaimFixture.paid(jdbc, claim, LocalDate.now());
        phoneIf(width);
        loginAs(PARTNER);
        open("my-claims/" + claim);
        pageHeading();
        waitFor(By.id("claim-steps"));
        assertAccessible("my-claim-paid-" + width);
        assertFitsTheWindow("a paid claim at " + width);
    }

    private void phoneIf(String width) {
        if (width.equals("phone")) {
            driver.manage().window().setSize(PHONE);
        }
    }

    /** Neither the document nor the main area is wider than the window (no sideways scrolling). */
    private void assertFitsTheWindow(String page) {
        waitForVaadin();
        Number width = (Number) js().executeScript("""
                const main = document.querySelector('main');
                return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth,
                                main ? main.scrollWidth : 0);
                """);
        Number window = (Number) js().executeScript("return document.documentElement.clientWidth;");
        if (width.intValue() > window.intValue()) {
            screenshot("too-wide-" + page);
        }
        assertThat(width.intValue()).as("width of %s at %d px", page, window.intValue()).isLessThanOrEqualTo(window.intValue());
    }
}
