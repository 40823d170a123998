package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Addresses that lead nowhere — malformed ids, ids too long for a number, unknown pages and records —
 * show the portal's own "Page not found", answered with HTTP status 404 (not a bare 403, not 200).
 */
class ErrorPagesBrowserIT extends BrowserTestBase {

    private static final List<String> NOWHERE = List.of("partners/abc", "programmes/-1",
            "partners/12345678901234567890", "no-such-page", "partners/999999999");

    @Test
    void malformedAndUnknownAddresses_showTheAppsNotFoundPage_withStatus404() throws Exception {
        loginAs("coordinator@northbridge.example");
        for (String path : NOWHERE) {
            open(path);
            assertThat(pageHeading().getText()).as(path).isEqualTo("Page not found");
            assertThat(status(path)).as(path).isEqualTo(404);
        }
        assertAccessible("not found");
    }

    /** The HTTP status of the page, fetched with the browser's session. */
    private int status(String path) throws Exception {
        var cookie = driver.manage().getCookieNamed("JSESSIONID");
        var request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Cookie", "JSESSIONID=" + cookie.getValue()).GET().build();
        try (var client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
