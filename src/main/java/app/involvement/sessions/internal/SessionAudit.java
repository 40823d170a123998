package app.involvement.sessions.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.ModuleAudit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes changes to sessions, offers and places, refused ids, and this module's events. */
@Component
class SessionAudit extends ModuleAudit {

    SessionAudit(ApplicationEventPublisher events, CurrentUser currentUser) {
        super(events, currentUser);
    }
}
