package app.involvement.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.IntegrationTestBase;
import app.involvement.TestSmtp;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several app instances share one database: each queued mail leaves exactly once, whether the instances
 * take turns through the cluster-wide job lock or race each other for the same messages. Besides the
 * "instances" started here, this context's own scheduled dispatcher keeps running, as a third instance would.
 */
class MailDispatchOnceIT extends IntegrationTestBase {

    @Autowired
    private MailDispatcher dispatcher;

    @Autowired
    private MailOutbox outbox;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private DataSource dataSource;

    private GreenMail smtp;

    @BeforeEach
    void startMailServer() {
        smtp = new GreenMail(TestSmtp.SETUP).withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
    }

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    @Test
    void twoInstancesWithTheirOwnLockProviders_sendEveryMessageOnce() throws Exception {
        List<String> recipients = queue("locked", 30);
        Function<LockingTaskExecutor, Runnable> instance = executor -> () -> executor.executeWithLock(
                (Runnable) dispatcher::dispatchDue,
                new LockConfiguration(Instant.now(), "mail-dispatch", Duration.ofMinutes(5), Duration.ZERO));
        runTogether(instance.apply(new DefaultLockingTaskExecutor(newInstanceLockProvider())),
                instance.apply(new DefaultLockingTaskExecutor(newInstanceLockProvider())));

        assertSentOnce(recipients);
    }

    @Test
    void twoInstancesRacingWithoutTheJobLock_stillSendEveryMessageOnce_becauseEachMessageIsClaimed() throws Exception {
        List<String> recipients = queue("raced", 30);
        MailDispatcher unlocked = AopTestUtils.getUltimateTargetObject(dispatcher);
        runTogether(unlocked::dispatchDue, unlocked::dispatchDue);

        assertSentOnce(recipients);
    }

    @Test
    void whileAnotherInstanceHoldsTheJobLock_noMailLeavesHere() throws Exception {
        SimpleLock otherInstance = acquireAsOtherInstance("mail-dispatch");
        String recipient;
        try {
            recipient = queue("waiting", 1).getFirst();
            dispatcher.dispatchDue();
            Thread.sleep(1_500); // several dispatch intervals of this context's own scheduler
            assertThat(received(recipient)).as("sent while the lock was held elsewhere").isZero();
            assertThat(status(recipient)).isEqualTo("PENDING");
            assertThat(jdbc.queryForObject("select attempts from mail_message where recipient = ?", Integer.class, recipient))
                    .isZero();
        } finally {
            otherInstance.unlock();
        }
        dispatcher.dispatchDue();
        awaitSent(List.of(recipient));
        assertThat(received(recipient)).isOne();
    }

    private LockProvider newInstanceLockProvider() {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    private SimpleLock acquireAsOtherInstance(String name) throws InterruptedException {
        LockProvider other = newInstanceLockProvider();
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            Optional<SimpleLock> lock = other.lock(new LockConfiguration(Instant.now(), name, Duration.ofMinutes(1), Duration.ZERO));
            if (lock.isPresent()) {
                return lock.get();
            }
            Thread.sleep(50); // this context's scheduler holds it for a moment
        }
        throw new AssertionError("could not take the lock " + name);
    }

    /** Queues messages that only become due once all are queued, so the instances meet a full outbox. */
    private List<String> queue(String kind, int count) {
        String run = kind + "." + System.nanoTime();
        List<String> recipients = IntStream.range(0, count).mapToObj(i -> run + "." + i + "@example.org").toList();
        transactions.executeWithoutResult(tx -> recipients.forEach(r -> outbox.queue(null, r, "Once " + r, "Body " + r)));
        return recipients;
    }

    private void runTogether(Runnable first, Runnable second) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (Runnable instance : List.of(first, second)) {
                runs.add(threads.submit(() -> {
                    start.await();
                    long until = System.currentTimeMillis() + 2_000;
                    while (System.currentTimeMillis() < until) {
                        instance.run();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private void assertSentOnce(List<String> recipients) throws InterruptedException {
        awaitSent(recipients);
        smtp.waitForIncomingEmail(5_000, recipients.size());
        Thread.sleep(500); // a duplicate would arrive within the same moment
        Map<String, Long> perRecipient = Arrays.stream(smtp.getReceivedMessages()).map(MailDispatchOnceIT::recipient)
                .filter(recipients::contains).collect(Collectors.groupingBy(r -> r, Collectors.counting()));
        assertThat(perRecipient).as("messages received per recipient").hasSize(recipients.size())
                .allSatisfy((recipient, received) -> assertThat(received).as(recipient).isOne());
        for (String recipient : recipients) {
            assertThat(jdbc.queryForObject("select attempts from mail_message where recipient = ?", Integer.class, recipient))
                    .as("send attempts for " + recipient).isOne();
        }
    }

    private void awaitSent(List<String> recipients) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            if (recipients.stream().allMatch(r -> "SENT".equals(status(r)))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not all sent: " + recipients.stream().filter(r -> !"SENT".equals(status(r))).toList());
    }

    private String status(String recipient) {
        return jdbc.queryForObject("select status from mail_message where recipient = ?", String.class, recipient);
    }

    private long received(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).map(MailDispatchOnceIT::recipient).filter(recipient::equals).count();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
