package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** axe-core finds nothing on "My calendar link": without a link, with a new link shown, and in its confirm dialog. */
class CalendarAccessibilityBrowserIT extends BrowserTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void noLinkLeft() {
        jdbc.update("update calendar_feed set revoked_at = current_timestamp where revoked_at is null");
    }

    /** Scrolled to the middle first: at 360 px the button may sit under the bottom edge's notice. */
    private void click(WebElement button) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        waitForVaadin();
    }

    @ParameterizedTest(name = "my calendar at {0}")
    @CsvSource({"phone", "desktop"})
    void myCalendarPage(String width) {
        if (width.equals("phone")) {
            driver.manage().window().setSize(PHONE);
        }
        loginAs("partner@northbridge.example");
        open("my-calendar");
        assertThat(currentPath()).isEqualTo("my-calendar");
        pageHeading();
        waitFor(By.id("my-calendar-status"));
        assertAccessible("my-calendar-none-" + width);

        click(buttonWithText("vaadin-button", t("my-calendar.create")));
        waitFor(By.id("my-calendar-link"));
        assertAccessible("my-calendar-new-link-" + width);

        click(buttonWithText("vaadin-button", t("my-calendar.replace")));
        waitFor(By.id("my-calendar-confirm"));
        assertAccessible("my-calendar-replace-dialog-" + width);
    }
}
