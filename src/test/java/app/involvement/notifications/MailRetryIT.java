package app.involvement.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.TestSmtp;
import app.involvement.identity.Invitations;
import app.involvement.identity.PasswordReset;
import app.involvement.identity.Role;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A mail server that is down never undoes the action; the message waits in the outbox and is retried.
 * A message that finally fails keeps no body, and the link it held no longer works.
 */
class MailRetryIT extends IntegrationTestBase {

    @Autowired
    private Invitations invitations;

    @Autowired
    private PasswordReset passwordReset;

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

    @Test
    void aMailThatFinallyFails_keepsNoBody_andItsLinkNoLongerWorks() throws Exception {
        String email = "undeliverable." + System.nanoTime() + "@example.org";
        jdbc.update("insert into user_account (version, email, display_name, failed_login_count, created_at)"
                + " values (0, ?, 'Una Undelivered', 0, ?)", email, Timestamp.from(Instant.now()));
        passwordReset.request(email, "198.51.100.30");
        String body = jdbc.queryForObject("select body from mail_message where recipient = ?", String.class, email);
        String token = body.replaceAll("(?s).*reset-password\\?token=([A-Za-z0-9_-]+).*", "$1");
        assertThat(passwordReset.isUsable(token)).isTrue();

        awaitAttempts(email, 1);
        jdbc.update("update mail_message set attempts = 7, next_attempt_at = ? where recipient = ?",
                Timestamp.from(Instant.now()), email);
        awaitStatus(email, "FAILED");

        assertThat(jdbc.queryForObject("select body from mail_message where recipient = ?", String.class, email))
                .as("a failed message keeps no link").isNull();
        assertThat(passwordReset.isUsable(token)).as("the link it held").isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'LINK_REVOKED' and subject = ?",
                Long.class, email)).isOne();
    }

    @Test
    void anInvitationWhoseMailFinallyFails_isNoLongerOpen() throws Exception {
        String email = "uninvited." + System.nanoTime() + "@example.org";
        as(DemoLogins.NB_LEAD, () -> invitations.inviteStaff(email, Role.FINANCE));
        String body = jdbc.queryForObject("select body from mail_message where recipient = ?", String.class, email);
        String token = body.replaceAll("(?s).*invitation\\?token=([A-Za-z0-9_-]+).*", "$1");
        assertThat(invitations.open(token)).isPresent();

        awaitAttempts(email, 1);
        jdbc.update("update mail_message set attempts = 7, next_attempt_at = ? where recipient = ?",
                Timestamp.from(Instant.now()), email);
        awaitStatus(email, "FAILED");

        assertThat(jdbc.queryForObject("select body from mail_message where recipient = ?", String.class, email)).isNull();
        assertThat(invitations.open(token)).isEmpty();
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
