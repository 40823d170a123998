package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.identity.internal.DemoAuthenticatorApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Two-step sign-in in a real browser: the lead's code after the password, and a partner setting it up. */
class TwoStepSignInBrowserIT extends BrowserTestBase {

    @Test
    void lead_typesTheCodeFromTheApp_andLandsOnTheirHome() {
        submitPassword("lead@northbridge.example", DEMO_PASSWORD);
        assertThat(currentPath()).isEqualTo("mfa");
        assertThat(pageHeading().getText()).isEqualTo("Two-step sign-in");
        assertAccessible("mfa");

        open("staff");
        assertThat(currentPath()).as("no other page before the second step").isEqualTo("mfa");

        enterCode("000000");
        assertThat(waitFor(By.cssSelector("#mfa-code")).getAttribute("invalid")).isNotNull();
        assertThat(driver.findElement(By.cssSelector("#mfa-code")).getText()).contains("wrong or has already been used");
        assertAccessible("mfa-wrong-code");

        enterCode(authenticatorApp.nextCode(DemoAuthenticatorApp.DEMO_SECRET));
        new WebDriverWait(driver, WAIT).until(d -> currentPath().isEmpty());
        waitForVaadin();
        assertThat(pageHeading().getText()).isNotBlank();
        open("staff");
        assertThat(currentPath()).isEqualTo("staff");
        assertThat(driver.findElements(By.id("staff-two-step"))).hasSize(1);
        assertAccessible("staff-with-two-step-setting");
    }

    @Test
    void partner_setsUpTheAppByTypingTheKey_keepsTheRecoveryCodes_andTurnsItOffAgain() {
        loginAs("partner@southmoor.example");
        open("two-step");
        assertThat(waitFor(By.id("mfa-status")).getText()).isEqualTo("Two-step sign-in is off.");
        assertAccessible("two-step-off");

        buttonWithText("vaadin-button", "Set up two-step sign-in").click();
        new WebDriverWait(driver, WAIT).until(d -> currentPath().equals("mfa-setup"));
        String key = waitFor(By.id("mfa-secret")).getText().replace(" ", "");
        assertThat(driver.findElement(By.cssSelector("img.mfa-qr")).getAttribute("alt")).contains("QR code");
        assertAccessible("mfa-setup");

        enterCode(authenticatorApp.nextCode(key));
        assertThat(waitFor(By.id("mfa-recovery-codes")).findElements(By.tagName("li"))).hasSize(10);
        assertAccessible("mfa-recovery-codes");
        buttonWithText("vaadin-button", "I have saved my recovery codes").click();
        new WebDriverWait(driver, WAIT).until(d -> currentPath().equals("two-step"));
        assertThat(waitFor(By.id("mfa-status")).getText()).isEqualTo("Two-step sign-in is on.");
        assertAccessible("two-step-on");

        var code = waitFor(By.cssSelector("#mfa-code > input"));
        code.sendKeys(authenticatorApp.nextCode(key));
        driver.findElement(By.id("mfa-turn-off")).click();
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("mfa-status")).getText().equals("Two-step sign-in is off."));
    }
}
