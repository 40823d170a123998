package app.involvement.identity.internal;

import java.time.Clock;
import java.time.Instant;

/**
 * Authenticator time for tests: it stands still until a test asks for the next code, then moves one
 * 30-second step on. So tests can sign in many times a minute while used steps stay unusable.
 */
class SteppingAuthenticatorClock extends AuthenticatorClock {

    private Instant now = Instant.now();

    SteppingAuthenticatorClock() {
        super(Clock.systemUTC());
    }

    @Override
    synchronized Instant now() {
        return now;
    }

    synchronized void nextStep() {
        now = now.plus(TotpCodes.STEP);
    }
}
