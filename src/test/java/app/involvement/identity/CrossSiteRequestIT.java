package app.involvement.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.PortalClient;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Login CSRF: a hostile page that posts the attacker's credentials to /login in the visitor's browser
 * gets a refusal and no signed-in session; the portal's own login page keeps working. The same holds
 * for logout. (Same Spring setup as the browser tests, so they share one running app.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false"
})
class CrossSiteRequestIT {

    private static final String EVIL = "https://evil.example";

    @LocalServerPort
    private int port;

    @ParameterizedTest(name = "Origin {0}, Sec-Fetch-Site {1}")
    @CsvSource(nullValues = "-", value = {
            "https://evil.example,          cross-site",
            "https://evil.example,          -",
            "null,                          -",
            "https://app.evil.example,      same-site",
            "-,                             cross-site",
    })
    void crossSiteLoginPost_isRefused_andSignsNobodyIn(String origin, String fetchSite) {
        var victim = new PortalClient(port);

        var response = victim.login(DemoLogins.NB_PARTNER, DemoLogins.PASSWORD, origin, fetchSite);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(victim.signedIn()).isFalse();
    }

    @ParameterizedTest(name = "Sec-Fetch-Site {0}")
    @CsvSource(nullValues = "-", value = {"same-origin", "-"})
    void sameOriginLoginPost_signsIn(String fetchSite) {
        var client = new PortalClient(port);

        var response = client.login(DemoLogins.NB_PARTNER, DemoLogins.PASSWORD, client.origin(), fetchSite);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(client.origin() + "/");
        assertThat(client.signedIn()).isTrue();
    }

    @Test
    void crossSiteLogoutPost_isRefused_andTheSessionStays() {
        var client = new PortalClient(port);
        client.login(DemoLogins.NB_COORDINATOR);

        var response = client.postForm("logout", Map.of(), EVIL, "cross-site");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(client.signedIn()).isTrue();
    }
}
