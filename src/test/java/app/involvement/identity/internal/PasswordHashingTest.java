package app.involvement.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** At most the configured number of hashes run at once; a caller that waits too long is told "busy". */
class PasswordHashingTest {

    @Test
    void aCheckBeyondTheTurns_waits_andIsRefusedAsBusyAfterTheWait() throws Exception {
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var hashing = new PasswordHashing(new SlowEncoder(started, release), 1, Duration.ofMillis(200));

        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> hashing.matches("pw", "hash"));
        started.await();

        assertThatThrownBy(() -> hashing.matches("pw", "hash")).isInstanceOf(PasswordHashingBusy.class);
        release.countDown();
        assertThat(first.get()).isTrue();
        assertThat(hashing.matches("pw", "hash")).as("the turn is free again").isTrue();
    }

    @Test
    void zeroTurns_isRefusedAtStartUp() {
        assertThatThrownBy(() -> new PasswordHashing(new SlowEncoder(new CountDownLatch(1), new CountDownLatch(0)), 0,
                Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }

    /** Holds its turn until released. */
    private record SlowEncoder(CountDownLatch started, CountDownLatch release) implements PasswordEncoder {

        @Override
        public String encode(CharSequence raw) {
            return "hash";
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        }
    }
}
