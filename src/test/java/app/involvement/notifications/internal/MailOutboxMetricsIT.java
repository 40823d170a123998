package app.involvement.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.IntegrationTestBase;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The outbox backlog gauge counts the messages not sent yet, of every provider, and only those. */
class MailOutboxMetricsIT extends IntegrationTestBase {

    private static final String RECIPIENT = "backlog-%d@metrics.example.org";

    @Autowired
    private MeterRegistry registry;

    @Autowired
    private MailOutboxMetrics metrics;

    @AfterEach
    void removeMessages() {
        jdbc.update("delete from mail_message where recipient like '%@metrics.example.org'");
        metrics.forget();
    }

    @Test
    void backlog_isTheNumberOfMessagesNotSentYet() {
        metrics.forget();
        double before = backlog();
        // due in an hour, so the dispatcher leaves them waiting during the test
        Instant later = Instant.now().plus(Duration.ofHours(1));
        insert(1L, "PENDING", later);
        insert(2L, "PENDING", later);
        insert(null, "PENDING", later);
        insert(1L, "SENT", later);
        insert(2L, "FAILED", later);

        metrics.forget();
        assertThat(backlog()).isEqualTo(before + 3);

        jdbc.update("update mail_message set status = 'SENT' where recipient like '%@metrics.example.org' and tenant_id = 1");
        assertThat(backlog()).as("counted at most every %s", MailOutboxMetrics.REFRESH).isEqualTo(before + 3);
        metrics.forget();
        assertThat(backlog()).isEqualTo(before + 2);
    }

    private double backlog() {
        return registry.get(MailOutboxMetrics.BACKLOG).gauge().value();
    }

    private void insert(Long tenant, String status, Instant nextAttempt) {
        jdbc.update("insert into mail_message (version, tenant_id, recipient, subject, status, attempts, next_attempt_at, created_at)"
                        + " values (0, ?, ?, 'Backlog', ?, 0, ?, ?)",
                tenant, RECIPIENT.formatted(System.nanoTime()), status, Timestamp.from(nextAttempt), Timestamp.from(Instant.now()));
    }
}
