package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.payments.ClaimFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A partner on a 360 px phone completes a claim: chooses a fee, adds a bus fare with a PDF receipt (uploaded,
 * its type checked by content), ticks the declaration and double-clicks Send — the claim is sent once.
 */
class MyClaimJourneyBrowserIT extends BrowserTestBase {

    private static final String PARTNER = "partner@northbridge.example";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aPartnerCompletesAClaimWithAReceipt_andADoubleClickSendsItOnce() throws IOException {
        Long claim = ClaimFixture.draft(jdbc, ClaimFixture.heldSession(jdbc, "NBU", "Phone journey panel"), PARTNER,
                "NBU");
        Path receipt = Files.createTempDirectory("receipt").resolve("ticket.pdf");
        Files.write(receipt, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        driver.manage().window().setSize(PHONE);
        loginAs(PARTNER);
        open("my-claims/" + claim);
        pageHeading();

        choose("route-options", 0);
        click(waitFor(By.id("route-save")));
        waitForText(By.id("claim-total"), "55.00");

        choose("expense-category", 0);
        waitFor(By.cssSelector("#expense-description input")).sendKeys("Bus to the university");
        waitFor(By.cssSelector("#expense-amount input")).sendKeys("4.20");
        WebElement fileInput = (WebElement) js().executeScript("""
                const upload = document.getElementById('expense-receipt');
                return (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'))
                    || upload.querySelector('input[type=file]');""");
        fileInput.sendKeys(receipt.toString());
        waitForText(By.id("expense-receipt-ready"), "ticket.pdf");
        click(waitFor(By.id("expense-add")));
        waitForText(By.id("expense-list"), "ticket.pdf");
        waitForText(By.id("claim-total"), "59.20");

        click(waitFor(By.id("claim-declaration")));
        waitForVaadin();
        WebElement send = waitFor(By.id("claim-submit"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", send);
        new Actions(driver).doubleClick(send).perform();
        waitForText(By.id("claim-status"), welsh() ? "Wedi’i anfon" : "Sent");

        assertThat(jdbc.queryForObject("select status from payment_claim where id = ?", String.class, claim))
                .isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'CLAIM_SUBMITTED'"
                + " and subject = ?", Long.class, "claim " + claim)).as("sent once").isEqualTo(1);
        assertThat(jdbc.queryForObject("select receipt_type from claim_expense where claim_id = ?", String.class, claim))
                .isEqualTo("application/pdf");
    }

    /** Clicks the radio button at {@code index} of a radio group (scrolled into view first). */
    private void choose(String groupId, int index) {
        waitFor(By.id(groupId));
        js().executeScript("""
                const radio = document.querySelector('#' + arguments[0] + " vaadin-radio-button[value='" + arguments[1] + "']");
                radio.scrollIntoView({block: 'center'});
                radio.click();""", groupId, String.valueOf(index));
        waitForVaadin();
    }

    private void click(WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        waitForVaadin();
    }

    /** Waits until the element's text (visible or scrolled away) holds {@code text}; a screenshot when it never does. */
    private void waitForText(By locator, String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                var found = d.findElements(locator);
                return !found.isEmpty() && String.valueOf(found.getFirst().getAttribute("textContent")).contains(text);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("my-claim-journey-" + locator.toString().replaceAll("\\W", ""));
            throw e;
        }
    }
}
