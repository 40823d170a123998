package app.involvement.notifications.internal;

import app.involvement.payments.ClaimMailFacts;
import app.involvement.payments.ClaimOpened;
import app.involvement.payments.ClaimPaid;
import app.involvement.payments.ClaimRejected;
import app.involvement.payments.PaymentMailFacts;
import app.involvement.payments.PaymentNavigation;
import app.involvement.shared.Money;
import app.involvement.shared.UkFormats;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells partners about their payment claims in their language, queued in the transaction that changed the claim
 * (DD004, DD024): a claim was opened after a session (add your expenses and submit), sent back with a reason (amend
 * and submit again), or paid. Links carry the claim's id only; a partner without an e-mail address gets none.
 */
@Component
class PaymentMail {

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final PaymentMailFacts facts;
    private final String baseUrl;

    PaymentMail(MailOutbox outbox, MessageSource messages, PaymentMailFacts facts,
            @Value("${involvement.identity.base-url:http://localhost:8080}") String baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.facts = facts;
        this.baseUrl = baseUrl.trim().replaceAll("/+$", "");
    }

    @EventListener
    void on(ClaimOpened opened) {
        facts.claim(opened.tenantId(), opened.claimId()).ifPresent(c -> {
            Locale l = c.language().locale();
            queue(c, text(l, "mail.payment.opened.subject", c.sessionTitle()),
                    text(l, "mail.payment.opened.body", c.partnerName(), c.sessionTitle(), day(c, l), link(c),
                            c.providerName()));
        });
    }

    @EventListener
    void on(ClaimRejected rejected) {
        facts.claim(rejected.tenantId(), rejected.claimId()).ifPresent(c -> {
            Locale l = c.language().locale();
            queue(c, text(l, "mail.payment.rejected.subject", c.sessionTitle()),
                    text(l, "mail.payment.rejected.body", c.partnerName(), c.sessionTitle(), day(c, l),
                            rejected.reason(), link(c), c.providerName()));
        });
    }

    @EventListener
    void on(ClaimPaid paid) {
        facts.claim(paid.tenantId(), paid.claimId()).ifPresent(c -> {
            Locale l = c.language().locale();
            String reference = c.paymentReference() == null || c.paymentReference().isBlank() ? ""
                    : text(l, "mail.payment.paid.reference", c.paymentReference());
            queue(c, text(l, "mail.payment.paid.subject", c.sessionTitle()),
                    text(l, "mail.payment.paid.body", c.partnerName(), c.sessionTitle(), day(c, l),
                            Money.format(paid.totalPence(), l), UkFormats.longDate(paid.paidOn(), l), reference,
                            link(c), c.providerName()));
        });
    }

    private void queue(ClaimMailFacts claim, String subject, String body) {
        outbox.queue(claim.tenantId(), claim.email(), subject, body);
    }

    private static String day(ClaimMailFacts claim, Locale l) {
        return UkFormats.longDate(claim.heldOn(), l);
    }

    private String link(ClaimMailFacts claim) {
        return baseUrl + "/" + PaymentNavigation.MY_CLAIM + claim.claimId();
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
