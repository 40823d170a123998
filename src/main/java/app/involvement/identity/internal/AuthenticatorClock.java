package app.involvement.identity.internal;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** The time authenticator codes are checked against (its own bean, so tests can step through codes). */
@Component
class AuthenticatorClock {

    private final Clock clock;

    AuthenticatorClock(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }
}
