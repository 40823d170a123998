package app.involvement.retention.internal;

import app.involvement.shared.BackgroundOnly;
import app.involvement.shared.privacy.RetentionTask;
import app.involvement.tenancy.TenantContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The retention job (DD049): every night, on one app instance at a time (ShedLock), in each provider in turn, with
 * that provider's periods; each provider's run is recorded and audited.
 */
@Component
class RetentionJob {

    static final String LOCK = "retention";
    /** Held at least this long, so an instance whose clock or scheduler is a little behind does not run it again. */
    static final String HELD_AT_LEAST = "PT5M";

    private final RetentionWork work;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RetentionJob(RetentionWork work, JdbcTemplate jdbc, Clock clock) {
        this.work = work;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${involvement.retention.cron:0 30 2 * * *}", zone = "Europe/London")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT50M", lockAtLeastFor = HELD_AT_LEAST)
    public void runDaily() {
        runAll();
    }

    /** Runs for every provider on today's UK date; returns how many providers were done. */
    int runAll() {
        BackgroundOnly.check();
        LocalDate today = LocalDate.now(clock.withZone(RetentionTask.UK));
        // every provider: a platform-wide read by design, each then handled inside its own tenant
        List<Long> providers = jdbc.queryForList("select id from provider order by id", Long.class);
        for (Long provider : providers) {
            TenantContext.runAs(provider, () -> work.run(today, clock.instant()));
        }
        return providers.size();
    }
}
