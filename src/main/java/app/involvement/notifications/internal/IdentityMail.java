package app.involvement.notifications.internal;

import app.involvement.identity.InvitationIssued;
import app.involvement.identity.PasswordResetRequested;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Turns the identity module's events into e-mails, worded with the provider's name and terms. */
@Component
class IdentityMail {

    private static final Locale LOCALE = Locale.UK;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", LOCALE)
            .withZone(ZoneId.of("Europe/London"));

    private final MailOutbox outbox;
    private final MessageSource messages;

    IdentityMail(MailOutbox outbox, MessageSource messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    @EventListener
    void on(InvitationIssued invitation) {
        String partners = invitation.partnerTerm() != null ? invitation.partnerTerm()
                : text("mail.partner-term.default");
        String role = text("mail.role." + invitation.role(), partners);
        outbox.queue(invitation.tenantId(), invitation.email(),
                text("mail.invitation.subject", invitation.providerName()),
                text("mail.invitation.body", invitation.providerName(), role, invitation.link(),
                        WHEN.format(invitation.expiresAt()), partners));
    }

    @EventListener
    void on(PasswordResetRequested reset) {
        outbox.queue(null, reset.email(), text("mail.reset.subject"),
                text("mail.reset.body", reset.displayName(), reset.link(), WHEN.format(reset.expiresAt())));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LOCALE);
    }
}
