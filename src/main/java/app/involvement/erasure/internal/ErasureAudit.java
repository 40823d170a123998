package app.involvement.erasure.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.ModuleAudit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes requests, withdrawals and erasures (subject "partner {id}", never a name) and refused ids. */
@Component
class ErasureAudit extends ModuleAudit {

    static final String REQUESTED = "ERASURE_REQUESTED";
    static final String WITHDRAWN = "ERASURE_WITHDRAWN";
    static final String ERASED = "PARTNER_ERASED";

    ErasureAudit(ApplicationEventPublisher events, CurrentUser currentUser) {
        super(events, currentUser);
    }
}
