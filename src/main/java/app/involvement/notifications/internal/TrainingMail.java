package app.involvement.notifications.internal;

import app.involvement.shared.Language;
import app.involvement.shared.UkFormats;
import app.involvement.training.TrainingExpiryDue;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Turns the training module's reminders into e-mails in the partner's language, queued in the job's transaction. */
@Component
class TrainingMail {

    private final MailOutbox outbox;
    private final MessageSource messages;

    TrainingMail(MailOutbox outbox, MessageSource messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    @EventListener
    void on(TrainingExpiryDue due) {
        Locale locale = (due.language() == null ? Language.ENGLISH : due.language()).locale();
        outbox.queue(due.tenantId(), due.email(),
                messages.getMessage("mail.training-expiry.subject", new Object[] {due.moduleTitle()}, locale),
                messages.getMessage("mail.training-expiry.body", new Object[] {due.partnerName(), due.moduleTitle(),
                        UkFormats.longDate(due.validUntil(), locale), due.providerName()}, locale));
    }
}
