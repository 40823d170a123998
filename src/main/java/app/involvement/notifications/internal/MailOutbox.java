package app.involvement.notifications.internal;

import app.involvement.notifications.MailGateway;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Queues a message in the caller's transaction: no mail for an action that rolled back. */
@Component
class MailOutbox {

    private final MailMessageRepository messages;
    private final Clock clock;

    MailOutbox(MailMessageRepository messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void queue(Long tenantId, String to, String subject, String body) {
        messages.save(new MailMessage(tenantId, to, subject, body, clock.instant()));
    }

    /** Queues a message with one attachment (a calendar entry), sent and retried with it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void queue(Long tenantId, String to, String subject, String body, MailGateway.Attachment attachment) {
        messages.save(new MailMessage(tenantId, to, subject, body, attachment, clock.instant()));
    }
}
