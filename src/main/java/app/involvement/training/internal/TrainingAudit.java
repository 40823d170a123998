package app.involvement.training.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.ModuleAudit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes changes in this module (training, named contacts, support requests, risk assessments), and refused ids,
 * to the audit log.
 */
@Component
class TrainingAudit extends ModuleAudit {

    TrainingAudit(ApplicationEventPublisher events, CurrentUser currentUser) {
        super(events, currentUser);
    }
}
