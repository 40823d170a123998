package app.involvement.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts hits per bucket in fixed time windows, in the database, so every instance sees the same
 * counts. A bucket is a kind and the SHA-256 of its key (an address, an account), so no address or
 * e-mail is stored in clear. Each hit commits on its own: what happens after it cannot undo it.
 */
@Component
class ThrottleCounters {

    private static final int ATTEMPTS = 3;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    ThrottleCounters(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    static String bucket(String kind, String key) {
        return kind + ":" + OneTimeTokens.hash(key == null ? "" : key);
    }

    /** Counts one hit in the bucket's current window; returns the hits in that window, this one included. */
    int hit(String bucket, Duration window) {
        Instant now = clock.instant();
        Instant start = windowStart(now, window);
        for (int attempt = 1; ; attempt++) {
            try {
                return ownTransaction.execute(tx -> {
                    jdbc.sql("insert into throttle_counter (bucket, window_start, expires_at, hits) values (?, ?, ?, 1)"
                                    + " on duplicate key update hits = hits + 1")
                            .params(bucket, Timestamp.from(start), Timestamp.from(start.plus(window)))
                            .update();
                    return hits(bucket, start);
                });
            } catch (ConcurrencyFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Hits in the bucket's current window. */
    int hits(String bucket, Duration window) {
        return hits(bucket, windowStart(clock.instant(), window));
    }

    private int hits(String bucket, Instant start) {
        return jdbc.sql("select hits from throttle_counter where bucket = ? and window_start = ? and expires_at > ?")
                .params(bucket, Timestamp.from(start), Timestamp.from(clock.instant()))
                .query(Integer.class).optional().orElse(0);
    }

    /** Deletes the counters of windows that have passed; the current ones stay. */
    @Scheduled(fixedDelayString = "${involvement.identity.throttle-eviction-interval:5m}")
    @SchedulerLock(name = "throttle-eviction", lockAtMostFor = "PT5M")
    void evictExpired() {
        jdbc.sql("delete from throttle_counter where expires_at <= ?").param(Timestamp.from(clock.instant())).update();
    }

    private static Instant windowStart(Instant now, Duration window) {
        long size = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size);
    }
}
