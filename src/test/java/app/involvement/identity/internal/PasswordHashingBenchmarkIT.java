package app.involvement.identity.internal;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * On demand only ({@code -Dit.test=PasswordHashingBenchmarkIT -Dinvolvement.benchmark=true}): 20 and 40
 * password checks started at the same moment, first with Argon2id unbounded (as before DD019), then through
 * {@link PasswordHashing} with its default number of turns. Prints how many hashes ran at once (each holds
 * 19 MiB until it ends), the highest heap in use while they ran (garbage included) and the time each check
 * took; asserts nothing about time or memory.
 */
@EnabledIfSystemProperty(named = "involvement.benchmark", matches = "true")
class PasswordHashingBenchmarkIT {

    private static final String PASSWORD = "involve-demo-2026";

    @Test
    void printHeapDuringALoginRush() throws Exception {
        String hash = SecurityConfig.argon2id().encode(PASSWORD);
        int turns = new PasswordHashingProperties(0, Duration.ofSeconds(10)).permits();
        System.out.printf("%nPassword hashing benchmark: Argon2id 19 MiB, 2 iterations; %d processors, max heap %d MB,"
                + " %d turns when bounded%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, turns);
        for (int logins : List.of(20, 40)) {
            rush("unbounded", Integer.MAX_VALUE, hash, logins);
            rush("bounded", turns, hash, logins);
        }
    }

    private static void rush(String name, int turns, String hash, int logins) throws Exception {
        var inFlight = new AtomicInteger();
        var mostInFlight = new AtomicInteger();
        PasswordEncoder argon2 = SecurityConfig.argon2id();
        var encoder = new PasswordHashing(new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    return argon2.matches(raw, encoded);
                } finally {
                    inFlight.decrementAndGet();
                }
            }
        }, turns, Duration.ofMinutes(5));
        var heap = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = heap.getHeapMemoryUsage().getUsed();
        var peak = new AtomicLong(before);
        var running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(heap.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        var start = new CountDownLatch(1);
        List<Future<Long>> checks = new ArrayList<>();
        long started;
        try (var pool = Executors.newFixedThreadPool(logins)) {
            for (int i = 0; i < logins; i++) {
                checks.add(pool.submit(() -> {
                    start.await();
                    long t = System.nanoTime();
                    if (!encoder.matches(PASSWORD, hash)) {
                        throw new IllegalStateException("the demo password did not match its hash");
                    }
                    return (System.nanoTime() - t) / 1_000_000;
                }));
            }
            started = System.nanoTime();
            start.countDown();
        }
        long wall = (System.nanoTime() - started) / 1_000_000;
        running.set(false);
        sampler.join();
        List<Long> times = new ArrayList<>();
        for (Future<Long> f : checks) {
            times.add(f.get());
        }
        times.sort(null);
        System.out.printf("  %-9s %2d at once: %2d hashes in flight (%3d MiB held); heap %3d MB before, peak %4d MB;"
                + " per check median %5d ms, max %5d ms; all done in %5d ms%n", name, logins, mostInFlight.get(),
                mostInFlight.get() * 19, before >> 20, peak.get() >> 20, times.get(times.size() / 2), times.getLast(), wall);
    }
}
