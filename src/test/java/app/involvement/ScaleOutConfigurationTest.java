package app.involvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The settings several instances behind a proxy depend on (DD024), in the configuration every profile shares:
 * a stopping instance drains instead of cutting requests off, and event publications live in the
 * Flyway-managed table and are resent after a restart. The two-instance proof (src/test/cluster) shows them at work.
 */
class ScaleOutConfigurationTest {

    @Test
    void instancesDrainOnStop_andResendIncompleteEventPublications() throws Exception {
        var properties = new Properties();
        try (InputStream in = Application.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        assertThat(properties.getProperty("server.shutdown")).isEqualTo("graceful");
        assertThat(properties.getProperty("spring.lifecycle.timeout-per-shutdown-phase")).isNotBlank();
        assertThat(properties.getProperty("management.endpoint.health.probes.enabled")).isEqualTo("true");
        assertThat(properties.getProperty("spring.modulith.events.republish-outstanding-events-on-restart")).isEqualTo("true");
        assertThat(properties.getProperty("spring.modulith.events.jdbc.schema-initialization.enabled")).isEqualTo("false");
    }
}
