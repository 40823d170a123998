package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.feedback.FeedbackTestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * axe-core finds nothing on the feedback pages (DD039): the partner's feedback form at 360 px and on a desktop, with
 * its errors, answered by keyboard alone, and the partner's home with "tell us how it went" and "you said, we did";
 * the staff evaluation page, the actions list and an action. No page is wider than the window.
 */
class FeedbackAccessibilityBrowserIT extends BrowserTestBase {

    private static final String PARTNER = "partner@northbridge.example";

    @Autowired
    private JdbcTemplate jdbc;

    @ParameterizedTest(name = "partner feedback at {0}")
    @CsvSource({"desktop", "phone"})
    void thePartnersFeedback_fromTheirHome_byKeyboardAlone(String width) {
        Long session = FeedbackTestData.demoPartnersSession(jdbc);
        if (width.equals("phone")) {
            driver.manage().window().setSize(PHONE);
        }
        loginAs(PARTNER);
        waitFor(By.id("home-you-said"));
        waitFor(By.cssSelector("#home-tell-us a[href='my-feedback/" + session + "']"));
        assertAccessible("partner-home-feedback-" + width);
        assertFitsTheWindow("the partner's home at " + width);

        open("my-feedback/" + session);
        pageHeading();
        waitFor(By.id("my-feedback-send"));
        assertAccessible("my-feedback-" + width);
        assertFitsTheWindow("the feedback form at " + width);

        var send = driver.findElement(By.id("my-feedback-send"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", send);
        send.click();
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(
                js().executeScript("return document.getElementById('my-feedback-rating').invalid;")));
        assertAccessible("my-feedback-errors-" + width);

        // by keyboard alone: choose with the arrow keys and space, move on with Tab, send with Enter
        WebElement first = driver.findElement(By.cssSelector("#my-feedback-rating input"));
        js().executeScript("arguments[0].focus();", first);
        var keys = new Actions(driver);
        keys.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN).perform();
        waitForVaadin();
        keys.sendKeys(Keys.TAB, Keys.SPACE).perform();
        waitForVaadin();
        keys.sendKeys(Keys.TAB, Keys.SPACE).perform();
        waitForVaadin();
        keys.sendKeys(Keys.TAB, "More time to read the papers", Keys.TAB, Keys.ENTER).perform();
        // read in the page: the form is drawn again once saved, so a found element may already be gone
        String given = t("my-feedback.given", "", "").substring(0, 8);
        new WebDriverWait(driver, WAIT).until(d -> String.valueOf(js().executeScript(
                "const p = document.getElementById('my-feedback-state'); return p ? p.textContent : '';"))
                .startsWith(given));
        assertThat(jdbc.queryForObject("select concat(rating, '|', support_enough, '|', would_again, '|', to_change)"
                + " from partner_feedback where session_id = ?", String.class, session))
                .isEqualToIgnoringCase("4|true|true|More time to read the papers");
        assertAccessible("my-feedback-given-" + width);
        assertFitsTheWindow("the feedback given at " + width);
    }

    @Test
    void staffEvaluateASession_andFollowTheirActions() {
        Long session = FeedbackTestData.northbridgeCompletedSession(jdbc);
        Long action = FeedbackTestData.northbridgeAction(jdbc);
        loginAs("coordinator@northbridge.example");
        open("session-feedback/" + session);
        pageHeading();
        waitFor(By.id("action-raise"));
        assertAccessible("session-feedback");

        open("actions");
        pageHeading();
        waitForGridRows();
        assertAccessible("actions");

        open("actions/" + action);
        pageHeading();
        waitFor(By.id("action-save"));
        assertAccessible("action");
        driver.manage().window().setSize(PHONE);
        waitForVaadin();
        assertAccessible("action-phone");
        assertFitsTheWindow("an action at 360 px");
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
        assertThat(width.intValue()).as("width of %s at %d px", page, window.intValue())
                .isLessThanOrEqualTo(window.intValue());
    }
}
