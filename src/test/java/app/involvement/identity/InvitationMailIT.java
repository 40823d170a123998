package app.involvement.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.TestSmtp;
import app.involvement.shared.BusinessRuleException;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Invitation and password reset links by e-mail, end to end through SMTP: they work once, then never. */
class InvitationMailIT extends IntegrationTestBase {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(TestSmtp.SETUP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/(invitation|reset-password)\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    private Invitations invitations;

    @Autowired
    private PasswordReset passwordReset;

    @Test
    void invitation_arrivesByMail_andItsLinkWorksOnce() throws Exception {
        String email = "new.coordinator." + System.nanoTime() + "@example.org";
        as(DemoLogins.NB_LEAD, () -> invitations.inviteStaff(email, Role.COORDINATOR));

        MimeMessage mail = awaitMailTo(email);
        String body = GreenMailUtil.getBody(mail);
        assertThat(mail.getSubject()).isEqualTo("Northbridge University: your invitation to the Involvement Portal");
        assertThat(body).contains("as coordinator", "service users and carers");
        String token = token(body);
        assertThat(jdbc.queryForObject("select count(*) from invitation where token_hash = ?", Long.class, token))
                .as("the raw token is not stored").isZero();
        assertThat(jdbc.queryForObject("select count(*) from invitation where token_hash = ?", Long.class, sha256(token)))
                .as("its SHA-256 is").isOne();

        assertThat(invitations.open(token)).get().satisfies(open -> {
            assertThat(open.providerName()).isEqualTo("Northbridge University");
            assertThat(open.role()).isEqualTo(Role.COORDINATOR);
            assertThat(open.accountExists()).isFalse();
        });
        invitations.acceptWithNewAccount(token, "Nadia New", "a long enough pass phrase");

        var auth = DemoLogins.login(authenticationProvider, email, "a long enough pass phrase", "192.0.2.10");
        assertThat(DemoLogins.user(auth).activeMembership()).get()
                .satisfies(m -> assertThat(m.role()).isEqualTo(Role.COORDINATOR));
        assertThat(invitations.open(token)).as("used link").isEmpty();
        assertThatThrownBy(() -> invitations.acceptWithNewAccount(token, "Someone Else", "another long pass phrase"))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void expiredOrForgedInvitationLinks_doNothing() throws Exception {
        String email = "expiring." + System.nanoTime() + "@example.org";
        as(DemoLogins.SM_LEAD, () -> invitations.inviteStaff(email, Role.FINANCE));
        String token = token(GreenMailUtil.getBody(awaitMailTo(email)));

        jdbc.update("update invitation set expires_at = ? where email = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), email);

        assertThat(invitations.open(token)).isEmpty();
        assertThatThrownBy(() -> invitations.acceptWithNewAccount(token, "Late Comer", "a long enough pass phrase"))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(invitations.open("forged-" + token.substring(7))).isEmpty();
        assertThat(invitations.open("<script>")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = ?", Long.class, email)).isZero();
    }

    @Test
    void passwordReset_arrivesByMail_worksOnce_andOnlyForRealAccounts() throws Exception {
        String email = "resetting." + System.nanoTime() + "@example.org";
        as(DemoLogins.NB_LEAD, () -> invitations.inviteStaff(email, Role.FINANCE));
        String invitation = token(GreenMailUtil.getBody(awaitMailTo(email)));
        invitations.acceptWithNewAccount(invitation, "Rita Reset", "the first pass phrase");

        String nobody = "nobody." + System.nanoTime() + "@example.org";
        passwordReset.request(nobody);
        passwordReset.request(email.toUpperCase());
        MimeMessage mail = awaitMailTo(email, "Reset");
        String token = token(GreenMailUtil.getBody(mail));
        // counted per address: mails other tests left in the outbox may reach this server too
        assertThat(mailsTo(nobody)).as("no mail for an unknown address").isZero();
        assertThat(mailsTo(email)).as("the invitation and one reset").isEqualTo(2);

        assertThatThrownBy(() -> passwordReset.reset(token, "short")).isInstanceOf(BusinessRuleException.class);
        assertThat(passwordReset.isUsable(token)).as("a refused password does not use up the link").isTrue();
        passwordReset.reset(token, "the second pass phrase");

        assertThat(passwordReset.isUsable(token)).isFalse();
        assertThatThrownBy(() -> passwordReset.reset(token, "the third pass phrase")).isInstanceOf(BusinessRuleException.class);
        assertThat(DemoLogins.user(DemoLogins.login(authenticationProvider, email, "the second pass phrase", "192.0.2.11"))
                .email()).isEqualTo(email);
    }

    @Test
    void expiredResetLink_isRefused() throws Exception {
        passwordReset.request(DemoLogins.NB_CARER);
        String token = token(GreenMailUtil.getBody(awaitMailTo(DemoLogins.NB_CARER, "Reset")));
        jdbc.update("update password_reset_token set expires_at = ? where used_at is null",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)));

        assertThat(passwordReset.isUsable(token)).isFalse();
        assertThatThrownBy(() -> passwordReset.reset(token, "a brand new pass phrase")).isInstanceOf(BusinessRuleException.class);
        DemoLogins.login(authenticationProvider, DemoLogins.NB_CARER);
    }

    private static long mailsTo(String email) throws Exception {
        long count = 0;
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equalsIgnoreCase(email)) {
                count++;
            }
        }
        return count;
    }

    private static MimeMessage awaitMailTo(String email) throws Exception {
        return awaitMailTo(email, "");
    }

    private static MimeMessage awaitMailTo(String email, String subjectPart) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage m : MAIL.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equalsIgnoreCase(email) && m.getSubject().contains(subjectPart)) {
                    return m;
                }
            }
            MAIL.waitForIncomingEmail(500, MAIL.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail to " + email);
    }

    private static String sha256(String token) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String token(String body) {
        Matcher m = LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
        assertThat(m.find()).as("link in " + body).isTrue();
        return m.group(2);
    }
}
