package app.involvement.notifications.internal;

import app.involvement.identity.InvitationIssued;
import app.involvement.identity.PasswordResetRequested;
import app.involvement.shared.Language;
import app.involvement.shared.UkFormats;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Turns the identity module's events into e-mails in the recipient's language, worded with the provider's name and terms. */
@Component
class IdentityMail {

    private final MailOutbox outbox;
    private final MessageSource messages;

    IdentityMail(MailOutbox outbox, MessageSource messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    @EventListener
    void on(InvitationIssued invitation) {
        Locale locale = localeOf(invitation.language());
        String partners = invitation.partnerTerm() != null ? invitation.partnerTerm()
                : text(locale, "mail.partner-term.default");
        String role = text(locale, "mail.role." + invitation.role(), partners);
        outbox.queue(invitation.tenantId(), invitation.email(),
                text(locale, "mail.invitation.subject", invitation.providerName()),
                text(locale, "mail.invitation.body", invitation.providerName(), role, invitation.link(),
                        UkFormats.dateTime(invitation.expiresAt(), locale), partners));
    }

    @EventListener
    void on(PasswordResetRequested reset) {
        Locale locale = localeOf(reset.language());
        outbox.queue(null, reset.email(), text(locale, "mail.reset.subject"),
                text(locale, "mail.reset.body", reset.displayName(), reset.link(),
                        UkFormats.dateTime(reset.expiresAt(), locale)));
    }

    private static Locale localeOf(Language language) {
        return (language == null ? Language.ENGLISH : language).locale();
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
