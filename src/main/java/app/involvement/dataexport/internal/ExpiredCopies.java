package app.involvement.dataexport.internal;

import java.sql.Timestamp;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes copies whose link has expired, in every provider, with their content: nothing is kept after the short
 * time a link works (DD045). One app instance at a time (ShedLock).
 */
@Component
class ExpiredCopies {

    private final JdbcClient jdbc;
    private final Clock clock;

    ExpiredCopies(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${involvement.export.cleanup-interval:5m}")
    @SchedulerLock(name = "personal-data-copy-cleanup", lockAtMostFor = "PT5M")
    public int deleteExpired() {
        return jdbc.sql("delete from personal_data_copy where expires_at <= ?")
                .param(Timestamp.from(clock.instant())).update();
    }
}
