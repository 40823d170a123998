package app.involvement.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.PortalClient;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every route, opened signed out and signed in with each kind of account, and Vaadin's UIDL requests
 * and static files carry the security headers; no response puts a session id in a URL.
 * (Same Spring setup as the browser tests, so they share one running app.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false"
})
class SecurityHeadersIT {

    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");
    private static final Pattern NONCE = Pattern.compile("script-src [^;]*'nonce-([A-Za-z0-9+/=]+)'");

    @LocalServerPort
    private int port;

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private FilterChainProxy securityFilterChain;

    @Test
    void everyRoute_signedOutAndSignedIn_carriesTheHeaders() {
        List<String> paths = routePaths();
        assertThat(paths).contains("login", "reset-password?token=abc", "invitation?token=abc", "staff");
        var soft = new SoftAssertions();

        var anonymous = new PortalClient(port);
        for (String path : paths) {
            checkPageLoad(soft, "anonymous " + path, anonymous.page(path));
        }
        for (String email : List.of(DemoLogins.PLATFORM, DemoLogins.REVIEWER, DemoLogins.NB_LEAD,
                DemoLogins.NB_COORDINATOR, DemoLogins.NB_FINANCE, DemoLogins.NB_PARTNER)) {
            var client = new PortalClient(port);
            checkHeaders(soft, "login of " + email, client.login(email));
            assertThat(client.signedIn()).as(email + " is signed in").isTrue();
            for (String path : paths) {
                var page = client.page(path);
                checkPageLoad(soft, email + " " + path, page);
                soft.assertThat(page.statusCode()).as(email + " " + path + " is a page, not a redirect").isIn(200, 404);
            }
        }
        soft.assertAll();
    }

    @Test
    void vaadinRequestsAndStaticFilesCarryTheHeaders() {
        var client = new PortalClient(port);
        client.login(DemoLogins.NB_COORDINATOR);
        var soft = new SoftAssertions();

        var uidl = client.postJson("?v-r=uidl&v-uiId=0", "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
        soft.assertThat(uidl.body()).as("answered by Vaadin").contains("\"meta\"");
        checkHeaders(soft, "UIDL", uidl);
        soft.assertThat(uidl.headers().firstValue("Cache-Control")).as("UIDL Cache-Control").hasValueSatisfying(
                v -> assertThat(v).contains("no-store"));
        var heartbeat = client.postJson("?v-r=heartbeat&v-uiId=0", "");
        checkHeaders(soft, "heartbeat", heartbeat);
        soft.assertThat(heartbeat.headers().firstValue("Cache-Control")).as("heartbeat Cache-Control")
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));

        checkHeaders(soft, "styles.css", client.get("styles.css"));
        Matcher script = Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"").matcher(client.page("").body());
        assertThat(script.find()).as("the bootstrap page loads Vaadin's script").isTrue();
        var js = client.get(script.group(1));
        soft.assertThat(js.statusCode()).isEqualTo(200);
        checkHeaders(soft, script.group(1), js);
        soft.assertAll();
    }

    /** HSTS only where the request came over HTTPS (in production: X-Forwarded-Proto from the proxy). */
    @Test
    void hstsOnlyOverHttps() throws Exception {
        assertThat(new PortalClient(port).page("login").headers().firstValue("Strict-Transport-Security")).isEmpty();

        var request = new MockHttpServletRequest(context.getServletContext(), "GET", "/styles.css");
        request.setSecure(true);
        request.setScheme("https");
        var response = new MockHttpServletResponse();
        securityFilterChain.doFilter(request, response, new MockFilterChain());
        assertThat(response.getHeader("Strict-Transport-Security")).contains("max-age=31536000").contains("includeSubDomains");
    }

    /** A session id in a URL (a link an attacker hands out) is not honoured; only the cookie is. */
    @Test
    void sessionIdInUrl_isIgnored() {
        var victim = new PortalClient(port);
        victim.login(DemoLogins.NB_LEAD);
        assertThat(victim.signedIn()).isTrue();

        var other = new PortalClient(port);
        var response = other.page(";jsessionid=" + victim.sessionId());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/login").doesNotContainIgnoringCase("jsessionid"));
    }

    private void checkPageLoad(SoftAssertions soft, String what, HttpResponse<String> response) {
        checkHeaders(soft, what, response);
        soft.assertThat(response.headers().firstValue("Cache-Control")).as(what + " Cache-Control")
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        response.headers().firstValue("Location").ifPresent(l -> soft.assertThat(l).as(what + " Location")
                .doesNotContainIgnoringCase("jsessionid"));
        soft.assertThat(response.body()).as(what + " body").doesNotContainIgnoringCase(";jsessionid");
        if (response.statusCode() != 302) {
            Matcher nonce = NONCE.matcher(response.headers().firstValue("Content-Security-Policy").orElse(""));
            soft.assertThat(nonce.find()).as(what + " script nonce in the policy").isTrue();
            Matcher tag = SCRIPT_TAG.matcher(response.body());
            int scripts = 0;
            while (tag.find()) {
                scripts++;
                soft.assertThat(tag.group()).as(what + " script carries the nonce")
                        .contains("nonce=\"" + (nonce.hitEnd() ? "?" : nonce.group(1)) + "\"");
            }
            soft.assertThat(scripts).as(what + " is Vaadin's bootstrap page").isPositive();
        }
    }

    private void checkHeaders(SoftAssertions soft, String what, HttpResponse<String> response) {
        var headers = response.headers();
        soft.assertThat(headers.allValues("X-Content-Type-Options")).as(what + " X-Content-Type-Options")
                .containsExactly("nosniff");
        soft.assertThat(headers.allValues("Referrer-Policy")).as(what + " Referrer-Policy").containsExactly("no-referrer");
        soft.assertThat(headers.allValues("X-Frame-Options")).as(what + " X-Frame-Options").containsExactly("DENY");
        soft.assertThat(headers.allValues("Content-Security-Policy")).as(what + " Content-Security-Policy")
                .singleElement().satisfies(csp -> assertThat(csp).contains("frame-ancestors 'none'")
                        .contains("default-src 'none'").doesNotContain("script-src 'self' 'unsafe-inline'"));
        soft.assertThat(headers.firstValue("Strict-Transport-Security")).as(what + " no HSTS over http").isEmpty();
    }

    /** Every route of the app (from Vaadin's registry) as a path; token pages with a token. */
    private List<String> routePaths() {
        var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(context.getServletContext()));
        List<String> paths = new ArrayList<>();
        for (RouteData route : RouteConfiguration.forRegistry(registry).getAvailableRoutes()) {
            String template = route.getTemplate();
            if (template.equals("reset-password") || template.equals("invitation")) {
                paths.add(template + "?token=abc");
            } else if (template.startsWith("programmes/:")) {
                paths.add("programmes/" + firstNorthbridgeId("programme"));
            } else if (template.startsWith("partners/:") && template.endsWith("/copy")) {
                paths.add("partners/" + firstNorthbridgeId("partner") + "/copy");
            } else if (template.startsWith("partners/:")) {
                paths.add("partners/" + firstNorthbridgeId("partner"));
            } else if (template.startsWith("erasure-requests/new/:")) {
                paths.add("erasure-requests/new/" + app.involvement.erasure.ErasureFixture.northbridgeDemoRequester(jdbc));
            } else if (template.startsWith("erasure-requests/:")) {
                paths.add("erasure-requests/" + app.involvement.erasure.ErasureFixture.northbridgeDemoRequest(jdbc));
            } else if (template.startsWith("training-modules/:")) {
                paths.add("training-modules/" + firstNorthbridgeId("training_module"));
            } else if (template.startsWith("partner-support/:")) {
                paths.add("partner-support/" + firstNorthbridgeId("partner"));
            } else if (template.startsWith("sessions/:")) {
                paths.add("sessions/" + app.involvement.sessions.SessionTestData.northbridgeSession(jdbc));
            } else if (template.startsWith("my-sessions/:")) {
                paths.add("my-sessions/" + java.util.Objects.requireNonNullElse(firstNorthbridgeId("session_offer"), 1L));
            } else if (template.startsWith("payment-claims/:")) {
                paths.add("payment-claims/" + app.involvement.payments.PaymentTestData.northbridgeClaim(jdbc));
            } else if (template.startsWith("my-claims/:")) {
                paths.add("my-claims/" + java.util.Objects.requireNonNullElse(firstNorthbridgeId("payment_claim"), 1L));
            } else if (template.startsWith("payment-runs/:")) {
                paths.add("payment-runs/" + app.involvement.payments.RunTestData.northbridgeRun(jdbc));
            } else if (template.startsWith("rate-cards/:")) {
                paths.add("rate-cards/" + app.involvement.payments.RateCardFixture.northbridgeCard(jdbc));
            } else if (template.startsWith("policies/:")) {
                paths.add("policies/" + app.involvement.planning.PlanningFixture.northbridgePolicy(jdbc));
            } else if (template.startsWith("review-cycles/:")) {
                paths.add("review-cycles/" + app.involvement.planning.PlanningFixture.northbridgeCycle(jdbc));
            } else if (template.startsWith("my-feedback/:")) {
                paths.add("my-feedback/" + app.involvement.feedback.FeedbackTestData.northbridgeCompletedSession(jdbc));
            } else if (template.startsWith("session-feedback/:")) {
                paths.add("session-feedback/" + app.involvement.feedback.FeedbackTestData.northbridgeCompletedSession(jdbc));
            } else if (template.startsWith("actions/:")) {
                paths.add("actions/" + app.involvement.feedback.FeedbackTestData.northbridgeAction(jdbc));
            } else if (template.startsWith("training-records/:")) {
                paths.add("training-records/" + firstNorthbridgeId("partner"));
            } else if (template.startsWith("evidence/:")) {
                paths.add("evidence/" + app.involvement.evidence.EvidenceFixture.reviewersAssignment(jdbc));
            } else {
                paths.add(template);
            }
        }
        return paths;
    }

    private Long firstNorthbridgeId(String table) {
        return jdbc.queryForObject("select min(t.id) from " + table + " t join provider p on p.id = t.tenant_id"
                + " where p.short_code = 'NBU'", Long.class);
    }
}
