package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** axe-core finds nothing on the training pages and dialogs; My training also at phone width (360 px). */
class TrainingAccessibilityBrowserIT extends BrowserTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @ParameterizedTest(name = "{1} as {0}")
    @CsvSource({
            "lead@northbridge.example,        training-modules",
            "coordinator@northbridge.example, training-modules",
            "coordinator@northbridge.example, training-records",
    })
    void listPages(String email, String path) {
        loginAs(email);
        open(path);
        assertThat(currentPath()).isEqualTo(path);
        pageHeading();
        waitForGridRows();
        assertAccessible(path + "-" + email);
    }

    @Test
    void moduleDetailsPage_andItsDialog() {
        loginAs("coordinator@northbridge.example");
        open("training-modules/" + module("Equality, diversity and inclusion"));
        pageHeading();
        waitFor(By.id("training-materials"));
        assertAccessible("training-module-details");

        buttonWithText("vaadin-button", t("training.module.edit")).click();
        buttonWithText("vaadin-button", t("training.module.save"));
        assertAccessible("training-module-dialog");
    }

    @Test
    void attendanceDialog() {
        loginAs("coordinator@northbridge.example");
        open("training-modules/" + module("Values-based interviewing"));
        pageHeading();
        waitFor(By.id("training-events"));
        // a script click: at desktop height the sessions sit below the bottom edge of the window
        js().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                buttonWithText("vaadin-button", t("training.event.attendance")));
        waitFor(By.id("training-attendance"));
        waitForVaadin();
        assertAccessible("training-attendance-dialog");
    }

    @Test
    void partnersTrainingPage_andTheRecordDialog() {
        loginAs("coordinator@northbridge.example");
        open("training-records/" + partner("partner@northbridge.example"));
        pageHeading();
        waitFor(By.id("partner-training"));
        assertAccessible("partner-training");

        buttonWithText("vaadin-button", t("training.record.open")).click();
        buttonWithText("vaadin-button", t("training.record.save"));
        assertAccessible("record-completion-dialog");
    }

    @ParameterizedTest(name = "my training at {0}")
    @CsvSource({"desktop", "phone"})
    void myTrainingPage(String width) {
        if (width.equals("phone")) {
            driver.manage().window().setSize(PHONE);
        }
        loginAs("partner@northbridge.example");
        open("my-training");
        assertThat(currentPath()).isEqualTo("my-training");
        pageHeading();
        assertAccessible("my-training-" + width);

        WebElement show = buttonWithText("vaadin-button", t("training.my.materials"));
        show.click();
        waitForVaadin();
        buttonWithText("vaadin-button", t("training.my.claim")).click();
        buttonWithText("vaadin-button", t("training.my.claim.save"));
        assertAccessible("my-training-claim-dialog-" + width);
    }

    private Long module(String title) {
        return jdbc.queryForObject("select m.id from training_module m join provider v on v.id = m.tenant_id"
                + " where v.short_code = 'NBU' and m.title = ?", Long.class, title);
    }

    private Long partner(String email) {
        return jdbc.queryForObject("select p.id from partner p join provider v on v.id = p.tenant_id"
                + " where v.short_code = 'NBU' and p.email = ?", Long.class, email);
    }
}
