package app.involvement.payments.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.ModuleAudit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes changes to rate cards, claims and runs, refused ids, and this module's events. */
@Component
class PaymentAudit extends ModuleAudit {

    PaymentAudit(ApplicationEventPublisher events, CurrentUser currentUser) {
        super(events, currentUser);
    }
}
