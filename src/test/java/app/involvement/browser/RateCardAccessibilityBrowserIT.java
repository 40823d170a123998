package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.payments.RateCardFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * axe-core finds nothing on the rate-card pages: the list with the payment settings, a new card (also on a phone,
 * and with a refused field), and a card read by a coordinator.
 */
class RateCardAccessibilityBrowserIT extends BrowserTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theLeadsList_withThePaymentSettings() {
        RateCardFixture.northbridgeCard(jdbc);
        loginAs("lead@northbridge.example");
        open("rate-cards");
        assertThat(currentPath()).isEqualTo("rate-cards");
        pageHeading();
        waitFor(By.id("rate-card-settings-save"));
        waitForGridRows();
        assertAccessible("rate-cards");
    }

    @Test
    void aNewCard_onADesktopAndAPhone_andWithAFieldToPutRight() {
        RateCardFixture.northbridgeCard(jdbc);
        loginAs("lead@northbridge.example");
        open("rate-cards/new");
        pageHeading();
        waitFor(By.id("rate-card-save"));
        assertAccessible("rate-card-new");

        // a first day (none is offered while the newest card has no last day), then no mileage rate: the form
        // says what to enter, beside the field
        js().executeScript("document.getElementById('rate-card-from').value = '2019-01-01';");
        waitForVaadin();
        var mileage = driver.findElement(By.cssSelector("#rate-card-mileage > input"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", mileage);
        mileage.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.BACK_SPACE, "0", org.openqa.selenium.Keys.TAB);
        waitForVaadin();
        clickInView(driver.findElement(By.id("rate-card-save")));
        waitForVaadin();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(
                js().executeScript("return document.getElementById('rate-card-mileage').invalid;")));
        assertAccessible("rate-card-new-with-errors");

        driver.manage().window().setSize(PHONE);
        waitForVaadin();
        assertAccessible("rate-card-new-phone");
        assertThat(((Number) js().executeScript("return document.documentElement.scrollWidth;")).intValue())
                .as("no sideways scrolling at 360 px").isLessThanOrEqualTo(PHONE.width);
    }

    /** The form is long: scrolls the element to the middle of the window (clear of the sticky header), then clicks. */
    private void clickInView(org.openqa.selenium.WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    @Test
    void aCard_readByACoordinator() {
        Long card = RateCardFixture.northbridgeCard(jdbc);
        loginAs("coordinator@northbridge.example");
        open("rate-cards/" + card);
        pageHeading();
        waitFor(By.id("rate-card-mileage"));
        assertAccessible("rate-card-read-only");
    }
}
