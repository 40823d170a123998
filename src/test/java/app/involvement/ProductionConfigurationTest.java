package app.involvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What goes into the production jar: no test credentials, and the production profile's safety settings. */
class ProductionConfigurationTest {

    @Test
    void mainResourcesHoldNoCredentials() throws Exception {
        List<Path> files = mainPropertiesFiles();
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("application.properties", "application-mysql.properties")
                .doesNotContain("application-mariadb.properties", "application-test.properties");
        for (Path file : files) {
            Properties properties = load(file);
            for (String key : properties.stringPropertyNames()) {
                String value = properties.getProperty(key).trim();
                if (key.endsWith("password") || key.endsWith("username") && !value.equals("sa")) {
                    assertThat(value).as(file.getFileName() + ": " + key)
                            .satisfiesAnyOf(v -> assertThat(v).isEmpty(), v -> assertThat(v).matches("\\$\\{[A-Z_]+}"));
                }
            }
            assertThat(Files.readString(file)).as(file.getFileName().toString()).doesNotContain("involvement_test");
        }
    }

    @Test
    void productionRequiresStartTls_andTrustsOnlyConfiguredProxies() throws Exception {
        Properties production = load(mainResources().resolve("application-mysql.properties"));
        assertThat(production.getProperty("spring.mail.properties.mail.smtp.starttls.required")).isEqualTo("true");
        assertThat(production.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        assertThat(production.getProperty("server.tomcat.remoteip.internal-proxies"))
                .isEqualTo("${INVOLVEMENT_TRUSTED_PROXIES:127.0.0.1/32, ::1/128}");
    }

    @Test
    void actuator_isOnItsOwnPort_andShowsOnlyHealthAndMetrics() throws Exception {
        Properties defaults = load(mainResources().resolve("application.properties"));
        // never the app port: any free one unless MANAGEMENT_PORT names it (the image names 8081)
        assertThat(defaults.getProperty("management.server.port")).isEqualTo("${MANAGEMENT_PORT:0}");
        assertThat(defaults.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health,prometheus");
        assertThat(defaults.getProperty("management.endpoint.health.show-details")).isEqualTo("never");
        assertThat(defaults.getProperty("management.endpoint.health.group.liveness.include"))
                .as("a database outage must not restart every pod").doesNotContain("db");
        assertThat(defaults.getProperty("management.endpoint.health.group.readiness.include")).contains("readinessState", "db");
        assertThat(load(mainResources().resolve("application-mysql.properties")).stringPropertyNames())
                .noneMatch(key -> key.startsWith("management."));
    }

    /** The main classes folder, where application.properties is; test resources come from elsewhere. */
    private static Path mainResources() throws URISyntaxException {
        Path mainClasses = Path.of(Application.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(mainClasses.resolve("application.properties")).exists();
        return mainClasses;
    }

    private static List<Path> mainPropertiesFiles() throws Exception {
        try (Stream<Path> files = Files.walk(mainResources(), 1)) {
            return files.filter(p -> p.getFileName().toString().matches("application.*\\.(properties|ya?ml)")).toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        var properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }
}
