package app.involvement.identity.internal;

import app.involvement.identity.MembershipView;
import app.involvement.identity.PortalUser;
import org.springframework.stereotype.Component;

/**
 * Whether a signed-in session may go on: the account still exists, its password has not changed since
 * the session logged in, and the membership the session works in still exists with the same role.
 */
@Component
class SessionCheck {

    private final UserAccountRepository accounts;

    SessionCheck(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    boolean isCurrent(PortalUser user) {
        Long membershipId = user.activeMembership().map(MembershipView::membershipId).orElse(null);
        return accounts.findSessionState(user.userId(), membershipId)
                .filter(state -> state.credentialsVersion() == user.credentialsVersion())
                .filter(state -> user.activeMembership().map(m -> m.role() == state.membershipRole()).orElse(true))
                .isPresent();
    }
}
