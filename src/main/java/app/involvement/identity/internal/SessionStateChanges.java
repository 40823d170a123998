package app.involvement.identity.internal;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Tells the session check when an account or a membership changes through this instance, whichever
 * code changed it, so the change ends sessions at their next request instead of after the cache TTL.
 */
@Component
class SessionStateChanges {

    private final SessionCheck sessions;

    SessionStateChanges(@Lazy SessionCheck sessions) {
        this.sessions = sessions;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        switch (entity) {
            case UserAccount account -> sessions.changed(account.getId());
            case Membership membership -> sessions.changed(membership.getUserId());
            default -> { }
        }
    }
}
