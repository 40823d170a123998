package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.evidence.EvidenceFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * axe-core finds nothing on the reviewer's evidence page: as it opens, with the evidence pack made and its download
 * links shown, and on a phone (where the wide tables scroll inside their own regions, not the page).
 */
class EvidenceAccessibilityBrowserIT extends BrowserTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theEvidencePage_asItOpens_withThePackMade_andOnAPhone() {
        loginAs("reviewer@hcpc.example");
        open("evidence/" + EvidenceFixture.reviewersAssignment(jdbc));
        pageHeading();
        waitFor(By.id("evidence-definitions"));
        assertAccessible("evidence");

        press(waitFor(By.id("evidence-pack-build")));
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.id("evidence-pack-pdf")).isEmpty()
                && d.findElement(By.id("evidence-pack-pdf")).isDisplayed());
        waitForVaadin();
        assertThat(driver.findElement(By.id("evidence-pack-status")).getText()).isEqualTo(t("evidence.pack.ready"));
        assertAccessible("evidence-pack-ready");

        driver.manage().window().setSize(PHONE);
        waitForVaadin();
        assertAccessible("evidence-phone");
        assertThat(((Number) js().executeScript("return document.documentElement.scrollWidth;")).intValue())
                .as("no sideways scrolling of the page at 360 px").isLessThanOrEqualTo(PHONE.width);
    }

    private void press(org.openqa.selenium.WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
