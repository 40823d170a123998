package app.involvement.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.PortalClient;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a browser downloads: the content-hashed scripts may be kept for a year, stylesheets and round trips
 * come compressed, and the HTML page is neither compressed nor cached. (Same Spring setup as the browser
 * tests, so they share one running app.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false"
})
class FrontEndDeliveryIT {

    private static final Pattern BUNDLE = Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"");
    private static final Pattern STYLESHEET = Pattern.compile("href=\"\\./(lumo/lumo\\.css[^\"]*)\"");

    @LocalServerPort
    private int port;

    @Test
    void hashedScripts_areKeptForAYear_andPagesAreNotStored() {
        var client = new PortalClient(port);
        HttpResponse<String> page = client.page("login");
        var bundle = BUNDLE.matcher(page.body());
        assertThat(bundle.find()).as("the login page loads a hashed bundle").isTrue();

        HttpResponse<String> script = client.get(bundle.group(1));
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().allValues("Cache-Control")).containsExactly("max-age=31536000, immutable");
        assertThat(script.headers().firstValue("Pragma")).isEmpty();
        assertThat(script.headers().firstValue("Expires")).isEmpty();

        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        HttpResponse<String> unhashed = client.get("VAADIN/build/no-hash-here.js");
        assertThat(unhashed.headers().firstValue("Cache-Control").orElse("")).doesNotContain("31536000");
    }

    @Test
    void stylesheets_comeCompressed_butTheHtmlPageDoesNot() throws Exception {
        var client = new PortalClient(port);
        var http = HttpClient.newHttpClient();
        HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(client.uri("login"))
                .header("Accept", "text/html").header("Accept-Encoding", "gzip").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(page.headers().firstValue("Content-Encoding")).isEmpty();
        var stylesheet = STYLESHEET.matcher(new String(page.body(), StandardCharsets.UTF_8));
        assertThat(stylesheet.find()).as("the login page links Lumo's stylesheet").isTrue();

        HttpResponse<byte[]> css = http.send(
                HttpRequest.newBuilder(client.uri(stylesheet.group(1))).header("Accept-Encoding", "gzip").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(css.body().length).as("compressed size").isLessThan(100_000);
    }
}
