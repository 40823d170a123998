package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A carer who chose Cymraeg keeps their profile and usual times on a phone, in Welsh from start to end. */
class WelshPartnerJourneyBrowserIT extends BrowserTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aCarerOnAPhone_readsAndSavesTheirUsualTimesInWelsh() {
        jdbc.update("delete from weekly_availability where partner_id in (select p.id from partner p"
                + " join user_account u on u.id = p.user_id where u.email = ?)", DemoLogins.NB_CARER);
        useWelsh();
        driver.manage().window().setSize(PHONE);

        login(DemoLogins.NB_CARER, DemoLogins.PASSWORD);
        pageHeading();
        assertThat(js().executeScript("return document.documentElement.lang")).isEqualTo("cy");

        open("my-profile");
        assertThat(pageHeading().getText()).isEqualTo(t("my-profile.title"));
        assertNoSidewaysScrolling();

        open("my-availability");
        assertThat(pageHeading().getText()).isEqualTo(t("availability.title"));
        WebElement morning = new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.xpath(
                "//vaadin-checkbox-group[@id='availability-tuesday']//vaadin-checkbox/label[normalize-space()='"
                        + t("part.MORNING") + "']")).stream().findFirst().orElse(null));
        press(morning);
        press(buttonWithText("vaadin-button", t("availability.weekly.save")));
        waitFor(By.xpath("//*[contains(text(), '" + t("availability.weekly.saved") + "')]"));
        assertNoSidewaysScrolling();

        assertThat(jdbc.queryForList("select concat(w.day_of_week, '-', w.part_of_day) from weekly_availability w"
                + " join partner p on p.id = w.partner_id join user_account u on u.id = p.user_id where u.email = ?",
                String.class, DemoLogins.NB_CARER)).containsExactly("2-MORNING");
        assertThat(driver.getPageSource()).as("the English save button").doesNotContain("Save my usual times");
        logout();
    }

    private void press(WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        waitForVaadin();
    }

    private void assertNoSidewaysScrolling() {
        assertThat(js().executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"))
                .as("the page fits 360 px without scrolling sideways").isEqualTo(true);
    }
}
