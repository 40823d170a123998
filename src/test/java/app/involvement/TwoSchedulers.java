package app.involvement;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two app instances' schedulers firing a job at the same moment on one database: this instance's scheduled method
 * (with its real {@code @SchedulerLock}) and another instance's lock provider taking the same lock for the job.
 */
public final class TwoSchedulers {

    private TwoSchedulers() {
    }

    public static void runTogether(DataSource dataSource, Runnable thisInstance, Runnable otherInstancesJob,
            String lockName, Duration lockAtMostFor) {
        var otherInstance = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime().build()));
        var start = new CountDownLatch(1);
        var here = CompletableFuture.runAsync(() -> {
            await(start);
            thisInstance.run();
        });
        var there = CompletableFuture.runAsync(() -> {
            await(start);
            otherInstance.executeWithLock(otherInstancesJob, new LockConfiguration(Instant.now(), lockName,
                    lockAtMostFor, Duration.ZERO));
        });
        start.countDown();
        CompletableFuture.allOf(here, there).join();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
