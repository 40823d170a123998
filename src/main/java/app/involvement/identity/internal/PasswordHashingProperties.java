package app.involvement.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many Argon2id hashes may run at once and how long a login waits for a turn (DD019).
 *
 * @param concurrent hashes in flight at most; 0 means one per available processor
 * @param maxWait    how long a login waits for a turn before it is told the server is busy
 */
@ConfigurationProperties("involvement.identity.password-hashing")
record PasswordHashingProperties(@DefaultValue("0") int concurrent, @DefaultValue("10s") Duration maxWait) {

    int permits() {
        return concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors();
    }
}
