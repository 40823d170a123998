package app.involvement.identity.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id with a bounded number of hashes in flight. Each hash holds its memory cost (19 MiB) for the
 * whole computation, so a rush of logins would otherwise fill the heap; beyond the number of cores more
 * hashes at once only queue for the CPU anyway. A caller waits its turn in arrival order (fair semaphore)
 * up to {@code maxWait}, then gets {@link PasswordHashingBusy} instead of a hash (DD019).
 */
class PasswordHashing implements PasswordEncoder {

    private final PasswordEncoder argon2;
    private final Semaphore permits;
    private final Duration maxWait;

    PasswordHashing(PasswordEncoder argon2, int concurrentHashes, Duration maxWait) {
        if (concurrentHashes < 1) {
            throw new IllegalArgumentException("involvement.identity.concurrent-password-hashes must be at least 1");
        }
        this.argon2 = argon2;
        this.permits = new Semaphore(concurrentHashes, true);
        this.maxWait = maxWait;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bounded(() -> argon2.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return bounded(() -> argon2.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return argon2.upgradeEncoding(encodedPassword);
    }

    private <T> T bounded(Supplier<T> hash) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PasswordHashingBusy();
        }
        if (!acquired) {
            throw new PasswordHashingBusy();
        }
        try {
            return hash.get();
        } finally {
            permits.release();
        }
    }
}
