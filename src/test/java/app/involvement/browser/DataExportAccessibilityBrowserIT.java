package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * axe-core finds nothing on the copy pages (DD045) at 360 px and on a desktop: the partner's "Your data" section on
 * their profile, their copy page before and after the copy is made (with its download link), and the lead's copy
 * page for one partner; none is wider than the window.
 */
class DataExportAccessibilityBrowserIT extends BrowserTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @ParameterizedTest(name = "the partner's copy at {0}")
    @CsvSource({"desktop", "phone"})
    void thePartnersCopyPage_beforeAndAfterTheCopyIsMade(String width) {
        phoneIf(width);
        loginAs("partner@northbridge.example");
        open("my-profile");
        pageHeading();
        waitFor(By.id("your-data-links"));
        assertAccessible("my-profile-your-data-" + width);
        open("my-data");
        pageHeading();
        assertAccessible("my-data-" + width);
        assertFitsTheWindow("my-data at " + width);
        var make = waitFor(By.id("export-make"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", make);
        make.click();
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.id("export-download")).stream()
                .anyMatch(WebElement::isDisplayed));
        waitForVaadin();
        assertAccessible("my-data-ready-" + width);
        assertFitsTheWindow("my-data ready at " + width);
    }

    @ParameterizedTest(name = "the lead's copy for a partner at {0}")
    @CsvSource({"desktop", "phone"})
    void theLeadsCopyPage_forOnePartner(String width) {
        Long partner = jdbc.queryForObject("select p.id from partner p join user_account u on u.id = p.user_id"
                + " join provider v on v.id = p.tenant_id where u.email = 'partner@northbridge.example'"
                + " and v.short_code = 'NBU'", Long.class);
        phoneIf(width);
        loginAs("lead@northbridge.example");
        open("partners/" + partner);
        pageHeading();
        waitFor(By.id("partner-data-copy"));
        open("partners/" + partner + "/copy");
        assertThat(currentPath()).isEqualTo("partners/" + partner + "/copy");
        pageHeading();
        waitFor(By.id("export-make"));
        assertAccessible("partner-copy-" + width);
        assertFitsTheWindow("partner copy at " + width);
    }

    private void phoneIf(String width) {
        if (width.equals("phone")) {
            driver.manage().window().setSize(PHONE);
        }
    }

    /** Neither the document nor the main area is wider than the window (no sideways scrolling). */
    private void assertFitsTheWindow(String page) {
        waitForVaadin();
        Number wide = (Number) js().executeScript("""
                const main = document.querySelector('main');
                return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth,
                                main ? main.scrollWidth : 0);
                """);
        Number window = (Number) js().executeScript("return document.documentElement.clientWidth;");
        assertThat(wide.intValue()).as(page + " is no wider than the window").isLessThanOrEqualTo(window.intValue());
    }
}
