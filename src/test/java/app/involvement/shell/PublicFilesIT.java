package app.involvement.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.PortalClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What browsers and crawlers ask for before anyone logs in: robots.txt forbids crawling, the icon
 * loads, and the accessibility statement opens. None of them is sent to the login page.
 * (Same Spring setup as the browser tests, so they share one running app.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false"
})
class PublicFilesIT {

    @LocalServerPort
    private int port;

    @Test
    void robotsTxt_disallowsEverything_withoutRedirectingToLogin() {
        var response = new PortalClient(port).get("robots.txt");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(response.body()).isEqualTo("User-agent: *\nDisallow: /\n");
    }

    @Test
    void favicon_isServedToAnonymousVisitors() {
        var response = new PortalClient(port).get("favicon.ico");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/"));
    }

    @Test
    void pagesLinkTheFavicon() {
        var response = new PortalClient(port).page("login");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).containsPattern("<link (?=[^>]*rel=\"icon\")[^>]*href=\"[./]*favicon.ico\"");
    }

    @Test
    void accessibilityStatement_opensWithoutLogin() {
        var response = new PortalClient(port).page("accessibility");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }
}
