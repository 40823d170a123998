package app.involvement.identity.internal;

import app.involvement.shared.AuditEvent;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records the outcome of each login on the account and in the audit log. */
@Component
class LoginAttempts {

    private final UserAccountRepository accounts;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginAttempts(UserAccountRepository accounts, IdentityProperties properties, ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void failed(String email, String address, String reason) {
        events.publishEvent(new AuditEvent("LOGIN_FAILED", null, null, email, reason + " from " + address));
        accounts.findByEmail(email).ifPresent(account -> {
            if (account.isLockedAt(clock.instant())) {
                return;
            }
            if (account.recordFailedLogin(properties.maxFailedLogins(), properties.lockDuration(), clock.instant())) {
                events.publishEvent(new AuditEvent("ACCOUNT_LOCKED", null, null, email,
                        "locked for " + properties.lockDuration()));
            }
        });
    }

    @Transactional
    public void succeeded(Long userId, String email, String address) {
        accounts.findById(userId).ifPresent(UserAccount::recordSuccessfulLogin);
        events.publishEvent(new AuditEvent("LOGIN_SUCCEEDED", null, email, email, "from " + address));
    }
}
