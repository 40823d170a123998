package app.involvement.insights.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.ModuleAudit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes threshold changes and refused filters to the audit log. */
@Component
class InsightsAudit extends ModuleAudit {

    InsightsAudit(ApplicationEventPublisher events, CurrentUser currentUser) {
        super(events, currentUser);
    }
}
