package app.involvement.dataexport.internal;

import java.sql.Timestamp;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes copies whose link has expired, in every provider, with their content: nothing is kept after the short
 * time a link works (DD045). One app instance at a time (ShedLock).
 */
@Component
class ExpiredCopies {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiredCopies.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    ExpiredCopies(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${involvement.export.cleanup-interval:5m}")
    @SchedulerLock(name = "personal-data-copy-cleanup", lockAtMostFor = "PT5M")
    public void run() {
        int deleted = deleteExpired();
        if (deleted > 0) {
            LOG.info("Deleted {} expired copies of personal data", deleted);
        }
    }

    /** @return how many copies were deleted */
    int deleteExpired() {
        return jdbc.sql("delete from personal_data_copy where expires_at <= ?")
                .param(Timestamp.from(clock.instant())).update();
    }
}
