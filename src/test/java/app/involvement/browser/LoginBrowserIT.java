package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Logging in and out in a real browser, with every demo account. */
class LoginBrowserIT extends BrowserTestBase {

    @ParameterizedTest(name = "{0} logs in and sees their home")
    @CsvSource(nullValues = "-", value = {
            "platform@platform.example,       -",
            "reviewer@hcpc.example,           -",
            "lead@northbridge.example,        -",
            "coordinator@northbridge.example, -",
            "finance@northbridge.example,     -",
            "partner@northbridge.example,     -",
            "carer@northbridge.example,       -",
            "lead@southmoor.example,          -",
            "coordinator@southmoor.example,   -",
            "partner@southmoor.example,       -",
            "both@partners.example,           Southmoor College",
    })
    void everyDemoAccountReachesItsHome(String email, String chooseProvider) {
        login(email, DEMO_PASSWORD);
        if (chooseProvider != null) {
            assertThat(currentPath()).isEqualTo("choose-provider");
            chooseProvider(chooseProvider);
        }
        assertThat(pageHeading().getText()).isNotBlank();
        assertThat(currentPath()).isEmpty();
        assertThat(driver.findElements(By.cssSelector("vaadin-login-form"))).isEmpty();
    }

    @Test
    void wrongPasswordIsRefused() {
        login("coordinator@southmoor.example", "not-the-password");

        assertThat(currentPath()).isEqualTo("login");
        assertThat(driver.getCurrentUrl()).contains("error");
        // the error is in the shadow DOM of the login form's wrapper
        WebElement error = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d
                .findElement(By.cssSelector("vaadin-login-form")).getShadowRoot()
                .findElement(By.cssSelector("vaadin-login-form-wrapper")).getShadowRoot()
                .findElement(By.cssSelector("[part='error-message']")));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getText()).contains("You could not be logged in");
        assertThat(driver.findElements(By.cssSelector(".app-header"))).isEmpty();

        open("");
        assertThat(currentPath()).isEqualTo("login");
    }

    @ParameterizedTest(name = "an anonymous visitor opening /{0} is sent to the login page")
    @ValueSource(strings = {"", "staff", "programmes", "providers"})
    void anonymousVisitorIsSentToLogin(String path) {
        open(path);
        assertThat(currentPath()).isEqualTo("login");
        waitFor(By.cssSelector("vaadin-login-form"));
        assertThat(driver.findElements(By.cssSelector(".app-header"))).isEmpty();
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void afterLogoutTheHomeIsNotReachable() {
        long logouts = jdbc.queryForObject("select count(*) from audit_entry where event_type = 'LOGOUT' and actor = ?",
                Long.class, "lead@northbridge.example");
        loginAs("lead@northbridge.example");
        logout();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'LOGOUT' and actor = ?",
                Long.class, "lead@northbridge.example")).as("the logout is audited").isEqualTo(logouts + 1);

        open("");
        assertThat(currentPath()).isEqualTo("login");
        open("staff");
        assertThat(currentPath()).isEqualTo("login");
        assertThat(driver.findElements(By.cssSelector("h1#page-heading")).stream().map(e -> e.getText()))
                .doesNotContain("Staff and roles");
    }
}
