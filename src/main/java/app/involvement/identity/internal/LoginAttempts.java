package app.involvement.identity.internal;

import app.involvement.shared.AuditEvent;
import app.involvement.shared.EmailAddress;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records the outcome of each login in the audit log and counts wrong passwords. The audit row is
 * written in its own transaction and the counters are atomic updates, so concurrent failures
 * neither conflict nor lose their audit rows.
 */
@Component
class LoginAttempts {

    /** Stored instead of a typed user name that is not an e-mail address: it may be a password typed in the wrong field. */
    static final String NOT_AN_EMAIL = "(not an e-mail address)";

    private final UserAccountRepository accounts;
    private final LoginThrottle throttle;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginAttempts(UserAccountRepository accounts, LoginThrottle throttle, IdentityProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** A login refused before its password was checked (address throttled, account locked, input too long). */
    void refused(String typedName, String address, String reason) {
        events.publishEvent(new AuditEvent("LOGIN_FAILED", null, null, subject(typedName), reason + " from " + address));
    }

    /** A wrong password, or an account that does not exist: audited, and counted for the address and the account. */
    void wrongPassword(String typedName, String address) {
        String subject = subject(typedName);
        events.publishEvent(new AuditEvent("LOGIN_FAILED", null, null, subject, "bad credentials from " + address));
        if (throttle.recordFailure(address, EmailAddress.normalise(typedName))) {
            events.publishEvent(new AuditEvent("LOGIN_LOCKED_FOR_ADDRESS", null, null, subject,
                    "wrong passwords from " + address + "; refused from there for up to " + properties.lockDuration()));
        }
        if (subject.equals(NOT_AN_EMAIL)) {
            return;
        }
        Instant now = clock.instant();
        accounts.countFailedLogin(subject, now);
        if (accounts.lockIfTooManyFailures(subject, properties.maxFailedLoginsPerAccount(),
                now.plus(properties.lockDuration())) > 0) {
            events.publishEvent(new AuditEvent("ACCOUNT_LOCKED", null, null, subject,
                    "locked for " + properties.lockDuration() + " after wrong passwords from many addresses"));
        }
    }

    void succeeded(Long userId, String email, String address) {
        accounts.clearFailedLogins(userId);
        events.publishEvent(new AuditEvent("LOGIN_SUCCEEDED", null, email, email, "from " + address));
    }

    static String subject(String typedName) {
        return EmailAddress.isValid(typedName) ? EmailAddress.normalise(typedName) : NOT_AN_EMAIL;
    }
}
