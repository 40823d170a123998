package app.involvement.identity.internal;

import app.involvement.identity.MembershipView;
import app.involvement.identity.PortalUser;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whether a signed-in session may go on: the account still exists, its password has not changed since
 * the session logged in, and the membership the session works in still exists with the same role.
 * The answer comes from the database at most once per account and membership per
 * {@code session-check-ttl}; a change made through this instance forgets it at once (see
 * {@link SessionStateChanges}), one made through another instance is seen within the TTL (DD019).
 * A session the remembered answer would end is checked against the database again, so a stale answer
 * can delay an ending by the TTL but never end a session that is still valid.
 */
@Component
class SessionCheck {

    private final UserAccountRepository accounts;
    private final Cache<Key, Optional<SessionState>> states;

    @Autowired
    SessionCheck(UserAccountRepository accounts, IdentityProperties properties) {
        this(accounts, properties, Ticker.systemTicker());
    }

    SessionCheck(UserAccountRepository accounts, IdentityProperties properties, Ticker ticker) {
        this.accounts = accounts;
        this.states = Caffeine.newBuilder().expireAfterWrite(properties.sessionCheckTtl()).ticker(ticker)
                .maximumSize(100_000).build();
    }

    /** A remembered answer can only let a session go on; one that would end it is read again first. */
    boolean isCurrent(PortalUser user) {
        var key = new Key(user.userId(), user.activeMembership().map(MembershipView::membershipId).orElse(null));
        if (matches(user, states.get(key, this::read))) {
            return true;
        }
        Optional<SessionState> fresh = read(key);
        states.put(key, fresh);
        return matches(user, fresh);
    }

    private Optional<SessionState> read(Key key) {
        return accounts.findSessionState(key.userId(), key.membershipId());
    }

    private static boolean matches(PortalUser user, Optional<SessionState> state) {
        return state.filter(s -> s.credentialsVersion() == user.credentialsVersion())
                .filter(s -> user.activeMembership().map(m -> m.role() == s.membershipRole()).orElse(true))
                .isPresent();
    }

    /** Forgets what is known of the account now and again once the changing transaction has committed. */
    void changed(Long userId) {
        forget(userId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(userId);
                }
            });
        }
    }

    private void forget(Long userId) {
        states.asMap().keySet().removeIf(key -> key.userId().equals(userId));
    }

    private record Key(Long userId, Long membershipId) {
    }
}
