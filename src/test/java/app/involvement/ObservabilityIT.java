package app.involvement;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What an operator sees: health and Prometheus metrics on the management port only (a real server on real
 * ports, as Kubernetes and Prometheus reach it), the portal's own gauges among them, and log lines that
 * carry the provider and the request they belong to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false",
        "management.server.port=0",
        "logging.level.app.involvement.ObservabilityIT=INFO"
})
@Import(ObservabilityIT.LoggingEndpoint.class)
class ObservabilityIT {

    private static final Pattern GAUGE = Pattern.compile("(?m)^%s\\{[^}]*} ([0-9.E+-]+)$");

    @LocalServerPort
    private int port;

    @LocalManagementPort
    private int managementPort;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void metrics_areServedInPrometheusFormat_onTheManagementPortOnly() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(metrics.body())
                .contains("# TYPE involvement_vaadin_sessions gauge")
                .contains("# TYPE involvement_vaadin_uis gauge")
                .contains("# TYPE involvement_mail_outbox_backlog gauge")
                .contains("jvm_memory_used_bytes")
                .contains("application=\"involvement-portal\"");

        assertThat(get(port, "/actuator/prometheus").statusCode()).as("not on the app port").isNotEqualTo(200);
        assertThat(get(port, "/actuator/health").statusCode()).as("not on the app port").isNotEqualTo(200);
    }

    @Test
    void probes_answerOnTheManagementPort_andTheAppPortHasOnlyTheShortPaths() throws Exception {
        for (String group : new String[] {"liveness", "readiness"}) {
            HttpResponse<String> probe = get(managementPort, "/actuator/health/" + group);
            assertThat(probe.statusCode()).as(group).isEqualTo(200);
            assertThat(probe.body()).as(group).contains("\"status\":\"UP\"");
        }
        assertThat(get(port, "/readyz").statusCode()).isEqualTo(200);
        assertThat(get(port, "/livez").statusCode()).isEqualTo(200);
    }

    @Test
    void sessionsGauge_countsTheVaadinSessionsAndUisThisInstanceHolds() throws Exception {
        double sessionsBefore = gauge("involvement_vaadin_sessions");
        double uisBefore = gauge("involvement_vaadin_uis");

        var browser = new PortalClient(port);
        assertThat(browser.page("login").statusCode()).isEqualTo(200);

        assertThat(gauge("involvement_vaadin_sessions")).isEqualTo(sessionsBefore + 1);
        assertThat(gauge("involvement_vaadin_uis")).isGreaterThanOrEqualTo(uisBefore + 1);

        // the HTTP session times out (Tomcat expires it, as after 30 idle minutes)
        var tomcat = ((TomcatWebServer) ((ServletWebServerApplicationContext) context).getWebServer()).getTomcat();
        var webApp = (org.apache.catalina.Context) tomcat.getHost().findChildren()[0];
        webApp.getManager().findSession(browser.sessionId()).expire();

        assertThat(gauge("involvement_vaadin_sessions")).isEqualTo(sessionsBefore);
        assertThat(gauge("involvement_vaadin_uis")).isEqualTo(uisBefore);
    }

    @Test
    void logLines_carryTheProviderAndTheRequestId() {
        var client = new PortalClient(port);
        client.login(DemoLogins.NB_CARER);
        long tenant = jdbc.queryForObject("select m.tenant_id from membership m join user_account u on u.id = m.user_id"
                + " where u.email = ?", Long.class, DemoLogins.NB_CARER);
        ListAppender<ILoggingEvent> logs = capture();
        try {
            HttpResponse<String> response = client.page(LoggingEndpoint.PATH, "X-Request-ID", "ingress-4f1c2a9e77");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("X-Request-ID")).hasValue("ingress-4f1c2a9e77");
            assertThat(logs.list).singleElement().satisfies(line -> assertThat(line.getMDCPropertyMap())
                    .containsEntry("tenant", String.valueOf(tenant))
                    .containsEntry("request", "ingress-4f1c2a9e77"));

            // a header that could forge log lines is replaced by an id of our own
            HttpResponse<String> forged = client.page(LoggingEndpoint.PATH, "X-Request-ID", "x\" tenant=999");
            String ownId = forged.headers().firstValue("X-Request-ID").orElseThrow();
            assertThat(ownId).matches("[0-9a-f]{32}");
            assertThat(logs.list).hasSize(2).last().satisfies(line ->
                    assertThat(line.getMDCPropertyMap()).containsEntry("request", ownId).containsEntry("tenant", String.valueOf(tenant)));
        } finally {
            release(logs);
        }
    }

    private double gauge(String name) throws Exception {
        String body = get(managementPort, "/actuator/prometheus").body();
        Matcher value = Pattern.compile(GAUGE.pattern().formatted(name)).matcher(body);
        assertThat(value.find()).as(name).isTrue();
        return Double.parseDouble(value.group(1));
    }

    private HttpResponse<String> get(int onPort, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static ListAppender<ILoggingEvent> capture() {
        var appender = new ListAppender<ILoggingEvent>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(LoggingEndpoint.class)).addAppender(appender);
        return appender;
    }

    private static void release(ListAppender<ILoggingEvent> appender) {
        ((Logger) LoggerFactory.getLogger(LoggingEndpoint.class)).detachAppender(appender);
    }

    /** A signed-in request that writes one log line, as any code of the portal would. */
    @TestConfiguration
    @RestController
    static class LoggingEndpoint {

        static final String PATH = "test-log-line";

        @GetMapping("/" + PATH)
        String log() {
            LoggerFactory.getLogger(LoggingEndpoint.class).info("handled");
            return String.valueOf(MDC.get("tenant"));
        }
    }
}
