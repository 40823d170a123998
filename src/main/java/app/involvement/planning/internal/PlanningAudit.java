package app.involvement.planning.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.ModuleAudit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes changes to the strategy, policies and review cycles, and refused ids. */
@Component
class PlanningAudit extends ModuleAudit {

    PlanningAudit(ApplicationEventPublisher events, CurrentUser currentUser) {
        super(events, currentUser);
    }
}
