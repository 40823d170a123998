package app.involvement.notifications.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The outbox backlog: messages not sent yet (waiting, being retried), across all providers, as
 * {@code involvement_mail_outbox_backlog}. A backlog that keeps growing means the mail relay is down or
 * refusing. Counted through the {@code (status, next_attempt_at)} index, at most every 15 seconds
 * however often the metrics are scraped, so scraping never loads the database.
 */
@Component
class MailOutboxMetrics {

    static final String BACKLOG = "involvement.mail.outbox.backlog";
    static final Duration REFRESH = Duration.ofSeconds(15);

    private final MailMessageRepository messages;
    private final Clock clock;
    private volatile long lastCount = -1;
    private volatile Instant countedAt = Instant.MIN;

    MailOutboxMetrics(MailMessageRepository messages, MeterRegistry registry) {
        this.messages = messages;
        this.clock = Clock.systemUTC();
        Gauge.builder(BACKLOG, this, MailOutboxMetrics::backlog)
                .description("Outgoing e-mails not sent yet (pending or waiting for a retry)")
                .register(registry);
    }

    double backlog() {
        Instant now = clock.instant();
        if (lastCount < 0 || countedAt.plus(REFRESH).isBefore(now)) {
            synchronized (this) {
                if (lastCount < 0 || countedAt.plus(REFRESH).isBefore(now)) {
                    lastCount = messages.countByStatus(MailMessage.Status.PENDING);
                    countedAt = now;
                }
            }
        }
        return lastCount;
    }

    /** For tests: the next scrape counts again. */
    void forget() {
        lastCount = -1;
    }
}
