package app.involvement.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.IntegrationTestBase;
import app.involvement.TestSmtp;
import app.involvement.notifications.MailGateway;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A message with an attachment waits in the outbox while the mail server is down, is retried with its
 * attachment, and keeps neither body nor attachment once sent.
 */
class MailAttachmentRetryIT extends IntegrationTestBase {

    private static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nEND:VCALENDAR\r\n";

    @Autowired
    private MailOutbox outbox;
    @Autowired
    private TransactionTemplate transactions;

    @Test
    void attachmentWhileMailServerIsDown_isKept_sentOnRetry_thenCleared() throws Exception {
        String email = "attached." + System.nanoTime() + "@example.org";
        transactions.executeWithoutResult(tx -> outbox.queue(null, email, "Your calendar", "See the attachment.",
                MailGateway.Attachment.text("session.ics", "text/calendar; charset=UTF-8; method=REQUEST", ICS)));

        awaitAttempts(email);
        assertThat(jdbc.queryForObject("select status from mail_message where recipient = ?", String.class, email))
                .isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select attachment_name from mail_message where recipient = ?", String.class,
                email)).isEqualTo("session.ics");

        GreenMail server = new GreenMail(TestSmtp.SETUP)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        try {
            jdbc.update("update mail_message set next_attempt_at = ? where recipient = ?", Timestamp.from(Instant.now()),
                    email);
            long deadline = System.currentTimeMillis() + 15_000;
            while (Arrays.stream(server.getReceivedMessages()).noneMatch(m -> sentTo(m, email))
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            MimeMessage mail = Arrays.stream(server.getReceivedMessages()).filter(m -> sentTo(m, email)).findFirst()
                    .orElseThrow();
            var parts = (Multipart) mail.getContent();
            var attachment = parts.getBodyPart(1);
            assertThat(attachment.getDisposition()).isEqualToIgnoringCase(Part.ATTACHMENT);
            assertThat(attachment.getFileName()).isEqualTo("session.ics");
            assertThat(attachment.getContentType()).startsWith("text/calendar");
            assertThat(new String(attachment.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(ICS);
        } finally {
            server.stop();
        }
        long deadline = System.currentTimeMillis() + 15_000;
        while (!"SENT".equals(jdbc.queryForObject("select status from mail_message where recipient = ?", String.class,
                email)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(jdbc.queryForObject("select count(*) from mail_message where recipient = ? and status = 'SENT'"
                + " and body is null and attachment_content is null", Long.class, email)).isOne();
    }

    private static boolean sentTo(MimeMessage message, String email) {
        try {
            return message.getAllRecipients()[0].toString().equals(email);
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private void awaitAttempts(String email) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            Integer done = jdbc.queryForObject("select attempts from mail_message where recipient = ?", Integer.class, email);
            if (done != null && done >= 1) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no send attempt for " + email);
    }
}
