package app.involvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** Started with PORT=9090, the app listens there and the links in its e-mails point there too. */
class PortSettingTest {

    @Test
    void portVariable_movesServerAndEmailLinks() throws IOException {
        var env = environment(Map.of("PORT", "9090"));
        assertThat(env.getProperty("server.port")).isEqualTo("9090");
        assertThat(env.getProperty("involvement.identity.base-url")).isEqualTo("http://localhost:9090");
    }

    @Test
    void withoutPort_8080() throws IOException {
        var env = environment(Map.of());
        assertThat(env.getProperty("server.port")).isEqualTo("8080");
        assertThat(env.getProperty("involvement.identity.base-url")).isEqualTo("http://localhost:8080");
    }

    @Test
    void explicitBaseUrl_winsOverThePort() throws IOException {
        var env = environment(Map.of("PORT", "9090", "INVOLVEMENT_BASE_URL", "https://involve.example.ac.uk"));
        assertThat(env.getProperty("involvement.identity.base-url")).isEqualTo("https://involve.example.ac.uk");
    }

    private static StandardEnvironment environment(Map<String, Object> variables) throws IOException {
        var env = new StandardEnvironment();
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        env.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        new PropertiesPropertySourceLoader().load("app", new ClassPathResource("application.properties"))
                .forEach(env.getPropertySources()::addLast);
        return env;
    }
}
