package app.involvement.retention.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.ModuleAudit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes changes of the retention periods and the job's runs to the audit log. */
@Component
class RetentionAudit extends ModuleAudit {

    RetentionAudit(ApplicationEventPublisher events, CurrentUser currentUser) {
        super(events, currentUser);
    }
}
