package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A session cookie the server does not hold — forged, expired, or from an instance that has gone away
 * (DD024) — leads to the login page, never to an error or a stack trace: on a page load, and in a page
 * that is still open when its session is gone.
 */
class SessionCookieBrowserIT extends BrowserTestBase {

    private static final String SESSION_COOKIE = "JSESSIONID";

    @Test
    void aForgedSessionCookie_getsTheLoginPage() {
        driver.get(url("robots.txt"));
        driver.manage().addCookie(new Cookie(SESSION_COOKIE, "F0RGED0000000000000000000000000", "/"));

        open("partners");

        assertThat(currentPath()).isEqualTo("login");
        waitFor(By.cssSelector("vaadin-text-field[name='username'] > input"));
        assertNoErrorShown();
    }

    @Test
    void anOpenPageWhoseSessionIsGone_goesToTheLoginPage_atTheNextClick() {
        loginAs("coordinator@northbridge.example");
        open("partners");
        waitForGridRows();
        String held = driver.manage().getCookieNamed(SESSION_COOKIE).getValue();
        String unknown = java.util.UUID.randomUUID().toString().replace("-", "").toUpperCase();
        assertThat(unknown).isNotEqualTo(held);

        // what the browser sends after its instance went away: a session id no running instance knows
        driver.manage().deleteCookieNamed(SESSION_COOKIE);
        driver.manage().addCookie(new Cookie(SESSION_COOKIE, unknown, "/"));
        buttonWithText("vaadin-button", t("pool.invite")).click();

        new WebDriverWait(driver, WAIT).until(d -> currentPath().equals("login"));
        waitFor(By.cssSelector("vaadin-text-field[name='username'] > input"));
        assertNoErrorShown();
        assertThat(driver.findElements(By.cssSelector("vaadin-email-field")))
                .as("nothing of the old page's dialog is shown").isEmpty();
    }

    private void assertNoErrorShown() {
        String page = driver.getPageSource();
        assertThat(page).doesNotContain("Exception").doesNotContain("Internal error").doesNotContain("at app.involvement");
    }
}
