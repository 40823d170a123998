package app.involvement.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.IntegrationTestBase;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Throttle counts live in the database: every instance sees them, and passed windows are evicted one by one. */
class ThrottleCountersIT extends IntegrationTestBase {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Autowired
    private ThrottleCounters counters;

    @Autowired
    private JdbcClient jdbcClient;

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void twoInstances_countTogether() {
        var otherInstance = new ThrottleCounters(jdbcClient, transactions, Clock.systemUTC());
        String bucket = ThrottleCounters.bucket("test", "shared." + System.nanoTime());

        counters.hit(bucket, WINDOW);
        otherInstance.hit(bucket, WINDOW);

        assertThat(counters.hits(bucket, WINDOW)).isEqualTo(2);
        assertThat(otherInstance.hit(bucket, WINDOW)).isEqualTo(3);
    }

    @Test
    void evictionDeletesPassedWindowsOnly() {
        String current = ThrottleCounters.bucket("test", "current." + System.nanoTime());
        String passed = ThrottleCounters.bucket("test", "passed." + System.nanoTime());
        counters.hit(current, WINDOW);
        Instant past = Instant.now().minus(Duration.ofHours(1));
        jdbc.update("insert into throttle_counter (bucket, window_start, expires_at, hits) values (?, ?, ?, 7)",
                passed, Timestamp.from(past.minus(WINDOW)), Timestamp.from(past));

        counters.evictExpired();

        assertThat(jdbc.queryForObject("select count(*) from throttle_counter where bucket = ?", Long.class, passed)).isZero();
        assertThat(counters.hits(current, WINDOW)).isOne();
    }

    @Test
    void noAddressOrEmailIsStoredInClear() {
        counters.hit(ThrottleCounters.bucket("login-address", "198.51.100.99"), WINDOW);
        assertThat(jdbc.queryForObject("select count(*) from throttle_counter where bucket like '%198.51.100.99%'", Long.class))
                .isZero();
    }
}
