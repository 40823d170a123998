package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * A page left open without any user action ends the session after the idle timeout, although the page
 * keeps sending Vaadin heartbeats; the person then sees the login page. Here the idle timeout is 6
 * seconds and a heartbeat goes every second (in production: 30 minutes and 5 minutes).
 */
@TestPropertySource(properties = {"involvement.identity.idle-timeout=6s", "vaadin.heartbeatInterval=1"})
class IdleSessionBrowserIT extends BrowserTestBase {

    @Test
    void aPageLeftAlone_endsOnTheLoginPage_despiteHeartbeats() {
        loginAs("coordinator@northbridge.example");
        long lastAction = System.nanoTime();

        new WebDriverWait(driver, Duration.ofSeconds(40)).until(d -> currentPath().equals("login"));
        long idle = Duration.ofNanos(System.nanoTime() - lastAction).toSeconds();
        assertThat(idle).as("seconds until the login page showed").isGreaterThanOrEqualTo(5);

        open("");
        assertThat(currentPath()).as("the session has ended").isEqualTo("login");
    }
}
