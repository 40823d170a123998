package app.involvement.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production profile's forwarded-header settings, over real HTTP from 127.0.0.1, with a trusted
 * proxy list that does not include it (as when the ingress is elsewhere): an attacker connecting
 * directly cannot pick their address with X-Forwarded-For or Forwarded, nor the redirect host with
 * X-Forwarded-Host.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "INVOLVEMENT_TRUSTED_PROXIES=192.0.2.250/32")
class ForwardedHeadersIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    /** Only the production profile's server.forward-headers-strategy and server.tomcat.remoteip.* settings. */
    @DynamicPropertySource
    static void productionForwardedHeaderSettings(DynamicPropertyRegistry registry) throws IOException {
        Properties production = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-mysql.properties"));
        production.stringPropertyNames().stream()
                .filter(key -> key.equals("server.forward-headers-strategy") || key.startsWith("server.tomcat.remoteip."))
                .forEach(key -> registry.add(key, () -> production.getProperty(key)));
    }

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void forgetThrottledAddresses() {
        jdbc.update("delete from throttle_counter");
    }

    @Test
    void forgedForwardedAddresses_doNotDodgeTheAddressBlock_andTheAuditNamesTheRealPeer() throws Exception {
        String target = "coordinator@southmoor.example";
        long auditBefore = maxAuditId();
        for (int i = 0; i < 20; i++) {
            String forged = "203.0.113." + (i + 1);
            String header = i % 2 == 0 ? "X-Forwarded-For" : "Forwarded";
            String value = i % 2 == 0 ? forged : "for=" + forged;
            assertThat(login(target, "wrong password " + i, header, value)).as("attempt " + i).endsWith("/login?error");
        }
        assertThat(login(target, DemoLogins.PASSWORD, "X-Forwarded-For", "203.0.113.250"))
                .as("the right password from the blocked peer, under yet another forged address").endsWith("/login?error");

        List<String> details = jdbc.queryForList(
                "select detail from audit_entry where id > ? and event_type = 'LOGIN_FAILED' and subject = ?",
                String.class, auditBefore, target);
        assertThat(details).hasSize(21).allSatisfy(d -> assertThat(d).endsWith("from 127.0.0.1").doesNotContain("203.0.113"));
    }

    @Test
    void forwardedHostFromAnUntrustedPeer_isNotUsedInRedirects() throws Exception {
        HttpResponse<String> response = client().send(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .POST(form("username", "someone@example.org", "password", "wrong", "_csrf", csrf()))
                .header("Content-Type", "application/x-www-form-urlencoded").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString()
                .endsWith("/login?error").doesNotContain("evil.example").doesNotStartWith("https:");
    }

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpClient client() {
        return client;
    }

    private String login(String email, String password, String header, String value) throws Exception {
        HttpResponse<String> response = client().send(HttpRequest.newBuilder(uri("/login"))
                .header(header, value)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form("username", email, "password", password, "_csrf", csrf())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private String csrf() throws Exception {
        String page = client().send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("CSRF token in the login page: " + page).isTrue();
        return m.group(1);
    }

    private long maxAuditId() {
        Long max = jdbc.queryForObject("select max(id) from audit_entry", Long.class);
        return max == null ? 0 : max;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpRequest.BodyPublisher form(String... pairs) {
        var body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return HttpRequest.BodyPublishers.ofString(body.toString());
    }
}
