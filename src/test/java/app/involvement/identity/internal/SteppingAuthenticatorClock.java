package app.involvement.identity.internal;

import java.time.Clock;
import java.time.Instant;

/**
 * Authenticator time for tests: it stands still until a test asks for the next code, then moves one
 * 30-second step on, past every step any account has used. So tests can sign in many times a minute
 * while used steps stay unusable, also when several test contexts or runs share one database.
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

    /** Moves on to this time step, unless the clock is past it already. */
    synchronized void atLeast(long step) {
        if (TotpCodes.step(now) < step) {
            now = Instant.ofEpochSecond(step * TotpCodes.STEP.toSeconds());
        }
    }
}
