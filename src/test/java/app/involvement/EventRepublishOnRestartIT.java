package app.involvement;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.tenancy.ProviderCreated;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An after-commit listener that fails (or whose instance dies) leaves its event publication incomplete in the
 * database; the next instance to start sends it again. Here the provider module's listener for a new provider
 * fails because the provider row is not there yet; once it is, a restarted instance gives the provider its
 * default activity types.
 */
class EventRepublishOnRestartIT extends IntegrationTestBase {

    private static final String LISTENER = "app.involvement.provider.internal.DefaultActivityTypes";

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private Environment environment;

    @Test
    void anIncompletePublication_isSentAgain_whenAnInstanceStarts() {
        long tenantId = jdbc.queryForObject("select coalesce(max(id), 0) from provider", Long.class) + 1_000
                + System.nanoTime() % 1_000;
        String code = "R" + tenantId % 100_000;

        transactions.executeWithoutResult(tx -> events.publishEvent(new ProviderCreated(tenantId, code)));

        assertThat(activityTypes(tenantId)).as("the listener failed: no provider row yet").isZero();
        assertThat(incompletePublications(tenantId)).as("kept for a retry").isOne();

        jdbc.update("insert into provider (id, version, name, short_code, contact_name, contact_email, created_at)"
                + " values (?, 0, ?, ?, 'Rhys Restart', 'rhys@restart.example', ?)", tenantId, "Restart College " + code,
                code, Timestamp.from(Instant.now()));
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(Application.class)
                .profiles(environment.getActiveProfiles())
                .properties("server.port=0", "spring.main.banner-mode=off")
                .run()) {
            assertThat(restarted.isRunning()).isTrue();
        }

        assertThat(activityTypes(tenantId)).as("default activity types after the restart").isEqualTo(10);
        assertThat(incompletePublications(tenantId)).isZero();
    }

    private long activityTypes(long tenantId) {
        return jdbc.queryForObject("select count(*) from activity_type where tenant_id = ?", Long.class, tenantId);
    }

    private long incompletePublications(long tenantId) {
        return jdbc.queryForObject("select count(*) from EVENT_PUBLICATION where completion_date is null"
                + " and listener_id like ? and serialized_event like ?", Long.class, LISTENER + "%",
                "%\"tenantId\":" + tenantId + "%");
    }
}
