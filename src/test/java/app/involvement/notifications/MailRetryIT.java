package app.involvement.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.TestSmtp;
import app.involvement.identity.Invitations;
import app.involvement.identity.Role;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A mail server that is down never undoes the action; the message waits in the outbox and is retried. */
class MailRetryIT extends IntegrationTestBase {

    @Autowired
    private Invitations invitations;

    @Test
    void invitationWhileMailServerIsDown_isKept_andSentOnRetry() throws Exception {
        String email = "retry." + System.nanoTime() + "@example.org";
        as(DemoLogins.NB_LEAD, () -> invitations.inviteStaff(email, Role.FINANCE));

        assertThat(jdbc.queryForObject("select count(*) from invitation where email = ?", Long.class, email)).isOne();
        awaitAttempts(email, 1);
        assertThat(jdbc.queryForObject("select status from mail_message where recipient = ?", String.class, email))
                .isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select next_attempt_at from mail_message where recipient = ?", Timestamp.class, email))
                .as("retried later, not at once").isAfter(Timestamp.from(Instant.now()));

        GreenMail server = new GreenMail(TestSmtp.SETUP)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        try {
            jdbc.update("update mail_message set next_attempt_at = ? where recipient = ?", Timestamp.from(Instant.now()), email);
            long deadline = System.currentTimeMillis() + 15_000;
            while (java.util.Arrays.stream(server.getReceivedMessages()).noneMatch(m -> sentTo(m, email))
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertThat(server.getReceivedMessages()).anyMatch(m -> sentTo(m, email));
        } finally {
            server.stop();
        }
        awaitStatus(email, "SENT");
        assertThat(jdbc.queryForObject("select body from mail_message where recipient = ?", String.class, email))
                .as("a sent message keeps no link").isNull();
    }

    private static boolean sentTo(jakarta.mail.internet.MimeMessage message, String email) {
        try {
            return message.getAllRecipients()[0].toString().equals(email);
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private void awaitAttempts(String email, int attempts) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            Integer done = jdbc.queryForObject("select attempts from mail_message where recipient = ?", Integer.class, email);
            if (done != null && done >= attempts) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no send attempt for " + email);
    }

    private void awaitStatus(String email, String status) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            if (status.equals(jdbc.queryForObject("select status from mail_message where recipient = ?", String.class, email))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(email + " never reached " + status);
    }
}
