package app.involvement.feedback.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.ModuleAudit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Records feedback given, learners' counts, actions raised and changed, and refused ids. */
@Component
class FeedbackAudit extends ModuleAudit {

    FeedbackAudit(ApplicationEventPublisher events, CurrentUser currentUser) {
        super(events, currentUser);
    }
}
