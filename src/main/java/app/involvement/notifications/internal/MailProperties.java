package app.involvement.notifications.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from          sender address of every message
 * @param maxAttempts   tries before a message is marked failed
 * @param batchSize     messages sent per dispatcher run
 */
@ConfigurationProperties("involvement.mail")
record MailProperties(
        @DefaultValue("no-reply@involvement.example") String from,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("20") int batchSize,
        @DefaultValue("5m") Duration lease) {
}
