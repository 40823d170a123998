package app.involvement.identity.internal;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

/**
 * Authenticator app codes (TOTP, RFC 6238: HMAC-SHA1, 6 digits, 30-second steps) through java-otp.
 * A code is accepted for the current step and one step either side, for clocks a little apart.
 */
@Component
class TotpCodes {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;
    /** 160 bits, as RFC 4226 recommends. */
    private static final int SECRET_BYTES = 20;
    private static final int DRIFT_STEPS = 1;

    private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS);
    private final SecureRandom random = new SecureRandom();
    private final AuthenticatorClock clock;

    TotpCodes(AuthenticatorClock clock) {
        this.clock = clock;
    }

    String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return new Base32().encodeToString(bytes).replace("=", "");
    }

    /** The time step of a code that matches and comes after {@code lastUsedStep}, if any does. */
    OptionalLong matchingStep(String secret, String code, long lastUsedStep) {
        long now = step(clock.now());
        for (long step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
            if (step > lastUsedStep && java.security.MessageDigest.isEqual(
                    codeAt(secret, step).getBytes(), code.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    String codeAt(String secret, long step) {
        try {
            var key = new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm());
            return totp.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.toSeconds()));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    static long step(Instant time) {
        return time.getEpochSecond() / STEP.toSeconds();
    }
}
