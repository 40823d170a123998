package app.involvement.notifications.internal;

import app.involvement.identity.UndeliveredLinks;
import app.involvement.notifications.MailGateway;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due messages from the outbox. Each message is first claimed with a conditional update, so
 * several instances never send the same message; a failed send is retried later and never touches
 * the business action that queued it. A message that finally fails loses its body, and the links it held
 * are revoked: the person asks for a new one.
 */
@Component
class MailDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);

    private final MailMessageRepository messages;
    private final MailGateway gateway;
    private final UndeliveredLinks undeliveredLinks;
    private final MailProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MailDispatcher(MailMessageRepository messages, MailGateway gateway, UndeliveredLinks undeliveredLinks, MailProperties properties,
            TransactionTemplate transactions, Clock clock) {
        this.messages = messages;
        this.gateway = gateway;
        this.undeliveredLinks = undeliveredLinks;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${involvement.mail.dispatch-interval:10s}")
    @SchedulerLock(name = "mail-dispatch", lockAtMostFor = "PT5M")
    void dispatchDue() {
        Instant now = clock.instant();
        List<Long> due = messages.findDue(now, PageRequest.of(0, properties.batchSize()));
        due.forEach(id -> dispatch(id, now));
    }

    private void dispatch(Long id, Instant now) {
        Integer claimed = transactions.execute(tx -> messages.claim(id, now, now.plus(properties.lease())));
        if (claimed == null || claimed == 0) {
            return;
        }
        MailMessage message = messages.findById(id).orElseThrow();
        String error = null;
        try {
            gateway.send(message.getRecipient(), message.getSubject(), message.getBody(), message.getAttachment());
        } catch (RuntimeException e) {
            error = e.getMessage();
            LOG.warn("Sending mail {} failed (attempt {}): {}", id, message.getAttempts() + 1, error);
        }
        String failure = error;
        transactions.executeWithoutResult(tx -> messages.findById(id).ifPresent(m -> {
            if (failure == null) {
                m.sent(clock.instant());
            } else {
                m.failed(failure, properties.maxAttempts(), clock.instant()).ifPresent(undeliveredLinks::revokeLinksIn);
            }
        }));
    }
}
