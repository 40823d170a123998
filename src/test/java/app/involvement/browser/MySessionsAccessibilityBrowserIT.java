package app.involvement.browser;

import static app.involvement.sessions.MySessionsFixture.offerOn;
import static app.involvement.sessions.MySessionsFixture.today;
import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.sessions.OfferStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * axe-core finds nothing on the partner's session pages (the lists, an offer, a place with its declaration,
 * check-in and withdraw dialog, a past session with the debrief request) at 360 px and on a desktop, none is wider
 * than a phone, and the coordinators' debrief requests page is clean too.
 */
class MySessionsAccessibilityBrowserIT extends BrowserTestBase {

    private static final String PARTNER = "partner@northbridge.example";

    @Autowired
    private JdbcTemplate jdbc;

    @ParameterizedTest(name = "my sessions at {0}")
    @CsvSource({"desktop", "phone"})
    void mySessionsPage(String width) {
        offerOn(jdbc, "NBU", PARTNER, today().plusDays(5), OfferStatus.OFFERED, true, true);
        offerOn(jdbc, "NBU", PARTNER, today().plusDays(6), OfferStatus.BACKUP, false, false);
        offerOn(jdbc, "NBU", PARTNER, today().minusDays(6), OfferStatus.CONFIRMED, false, false);
        phoneIf(width);
        loginAs(PARTNER);
        open("my-sessions");
        assertThat(currentPath()).isEqualTo("my-sessions");
        pageHeading();
        waitFor(By.id("my-sessions-waiting"));
        assertAccessible("my-sessions-" + width);
        assertFitsTheWindow("my-sessions at " + width);
    }

    @ParameterizedTest(name = "an offer at {0}")
    @CsvSource({"desktop", "phone"})
    void anOffer(String width) {
        Long offer = offerOn(jdbc, "NBU", PARTNER, today().plusDays(5), OfferStatus.OFFERED, true, true);
        phoneIf(width);
        loginAs(PARTNER);
        open("my-sessions/" + offer);
        pageHeading();
        waitFor(By.id("my-offer-accept"));
        assertAccessible("my-offer-offered-" + width);
        assertFitsTheWindow("an offer at " + width);
    }

    @ParameterizedTest(name = "a place at {0}")
    @CsvSource({"desktop", "phone"})
    void aPlace_withDeclarationCheckInAndWithdrawDialog(String width) {
        Long place = offerOn(jdbc, "NBU", PARTNER, today().plusDays(3), OfferStatus.CONFIRMED, true, true);
        phoneIf(width);
        loginAs(PARTNER);
        open("my-sessions/" + place);
        pageHeading();
        var conflict = waitFor(By.id("my-offer-conflict"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", conflict);
        conflict.click();
        waitFor(By.id("my-offer-conflict-details"));
        waitForVaadin();
        assertAccessible("my-offer-place-" + width);
        assertFitsTheWindow("a place at " + width);
        var withdraw = waitFor(By.id("my-offer-withdraw"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", withdraw);
        withdraw.click();
        waitFor(By.id("my-offer-withdraw-confirm"));
        assertAccessible("my-offer-withdraw-dialog-" + width);
    }

    @Test
    void aPastSession_withTheDebriefRequest_atPhoneWidth() {
        Long held = offerOn(jdbc, "NBU", PARTNER, today().minusDays(2), OfferStatus.CONFIRMED, false, false);
        phoneIf("phone");
        loginAs(PARTNER);
        open("my-sessions/" + held);
        pageHeading();
        waitFor(By.id("my-offer-debrief-ask"));
        assertAccessible("my-offer-past-phone");
        assertFitsTheWindow("a past session");
    }

    @Test
    void debriefRequests_forCoordinators() {
        Long held = offerOn(jdbc, "NBU", "carer@northbridge.example", today().minusDays(1), OfferStatus.CONFIRMED, false, false);
        jdbc.update("insert into wellbeing_note (version, tenant_id, session_id, partner_id, stage, note, created_at)"
                + " select 0, tenant_id, session_id, partner_id, 'DEBRIEF', 'Please call me', current_timestamp"
                + " from session_offer where id = ?", held);
        loginAs("coordinator@northbridge.example");
        open("debriefs");
        assertThat(currentPath()).isEqualTo("debriefs");
        pageHeading();
        waitForGridRows();
        assertAccessible("debriefs");
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
