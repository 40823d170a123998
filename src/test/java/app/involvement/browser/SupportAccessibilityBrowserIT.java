package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** axe-core finds nothing on the support and risk assessment pages and dialogs; partner pages also at 360 px. */
class SupportAccessibilityBrowserIT extends BrowserTestBase {

    @ParameterizedTest(name = "my support at {0}")
    @CsvSource({"desktop", "phone"})
    void mySupportPage(String width) {
        if (width.equals("phone")) {
            driver.manage().window().setSize(PHONE);
        }
        loginAs("partner@northbridge.example");
        open("my-support");
        assertThat(currentPath()).isEqualTo("my-support");
        pageHeading();
        waitFor(By.id("named-contact"));
        assertAccessible("my-support-" + width);
    }

    @Test
    void partnerHomeWithNamedContact_atPhoneWidth() {
        driver.manage().window().setSize(PHONE);
        loginAs("partner@northbridge.example");
        waitFor(By.id("home-named-contact"));
        assertAccessible("home-partner-phone");
    }

    @ParameterizedTest(name = "{1} as {0}")
    @CsvSource({
            "coordinator@northbridge.example, support-requests",
            "lead@northbridge.example,        support-requests",
            "coordinator@northbridge.example, risk-assessments",
            "lead@northbridge.example,        risk-assessments",
            "coordinator@northbridge.example, named-contacts",
    })
    void staffPages(String email, String path) {
        loginAs(email);
        open(path);
        assertThat(currentPath()).isEqualTo(path);
        pageHeading();
        waitForGridRows();
        assertAccessible(path + "-" + email);
    }

    @Test
    void partnerSupportPage_andHandleDialog() {
        loginAs("coordinator@northbridge.example");
        open("support-requests");
        waitForGridRows();
        WebElement link = waitFor(By.cssSelector("vaadin-grid a[href*='partner-support/']"));
        String href = link.getDomAttribute("href");
        buttonWithText("vaadin-grid vaadin-button", t("support.handle")).click();
        buttonWithText("vaadin-button", t("support.handle.save"));
        assertAccessible("handle-support-dialog");

        open(href);
        assertThat(currentPath()).matches("partner-support/[0-9]+");
        pageHeading();
        assertAccessible("partner-support");
    }

    @Test
    void riskAssessmentDialog() {
        loginAs("coordinator@northbridge.example");
        open("risk-assessments");
        waitForGridRows();
        buttonWithText("vaadin-button", t("risk.add")).click();
        buttonWithText("vaadin-button", t("risk.save"));
        assertAccessible("add-risk-assessment-dialog");
    }
}
