package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Practical support end to end: a service user on a phone (360 px) asks for a BSL interpreter, the
 * coordinator arranges it, and the service user sees that it is arranged and what was booked.
 */
class SupportJourneyBrowserIT extends BrowserTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void partnerAsksForAnInterpreterOnAPhone_coordinatorArrangesIt_partnerSeesArranged() {
        String details = "For the OSCE on the ward " + System.nanoTime() % 100000;

        driver.manage().window().setSize(PHONE);
        loginAs("partner@northbridge.example");
        open("my-support");
        pageHeading();
        press(present(By.xpath("//vaadin-radio-button[label[normalize-space()='A BSL interpreter']]/label")));
        type(waitFor(By.cssSelector("#support-details > textarea")), details);
        press(buttonWithText("vaadin-button", "Send my request"));
        waitFor(By.xpath("//li[contains(., '" + details + "') and contains(., 'Waiting for an answer')]"));
        logout();

        driver.manage().window().setSize(DESKTOP);
        loginAs("coordinator@northbridge.example");
        open("support-requests");
        waitForGridRows();
        WebElement handle = new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector("vaadin-grid vaadin-button"))
                .stream().filter(b -> String.valueOf(b.getDomAttribute("aria-label")).contains(details)).findFirst().orElse(null));
        press(handle);
        type(waitFor(By.xpath("//vaadin-text-area[label[normalize-space()='What was arranged']]/textarea")),
                "Interpreter booked: Alex Jones, 9am");
        press(buttonWithText("vaadin-button", "Save"));
        new WebDriverWait(driver, WAIT).until(d -> "ARRANGED".equals(jdbc.queryForObject(
                "select status from support_request where details = ?", String.class, details)));
        logout();

        driver.manage().window().setSize(PHONE);
        loginAs("partner@northbridge.example");
        open("my-support");
        WebElement item = waitFor(By.xpath("//li[contains(., '" + details + "')]"));
        assertThat(item.getText()).contains("A BSL interpreter").endsWith("Arranged: Interpreter booked: Alex Jones, 9am");
    }

    /** Scrolls the element to the middle of the window first: on a phone, buttons sit below the fold. */
    private void press(WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        waitForVaadin();
    }

    /** Radio inputs are visually hidden behind their styled parts: wait for presence only. */
    private WebElement present(By locator) {
        return new WebDriverWait(driver, WAIT).until(d -> d.findElements(locator).stream().findFirst().orElse(null));
    }

    private void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
        waitForVaadin();
    }
}
