package app.involvement.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.IntegrationTestBase;
import app.involvement.TestSmtp;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Reset requests are limited per account and per address, and only the newest link of an account works. */
class PasswordResetIT extends IntegrationTestBase {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(TestSmtp.SETUP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final Pattern LINK = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    private PasswordReset passwordReset;

    @BeforeEach
    void forgetEarlierRequests() {
        jdbc.update("delete from throttle_counter where bucket like 'reset-%'");
    }

    @Test
    void tenRequestsAtOnce_sendThreeLinks_andOnlyTheNewestWorks() throws Exception {
        String email = newAccount();
        for (int i = 0; i < 10; i++) {
            passwordReset.request(email, "198.51.100.20");
        }
        assertThat(jdbc.queryForObject("select count(*) from password_reset_token where user_id = ?", Long.class, userId(email)))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'PASSWORD_RESET_THROTTLED' and subject = ?",
                Long.class, email)).isEqualTo(7);

        List<String> tokens = awaitLinks(email, 3);
        String newest = jdbc.queryForObject("select token_hash from password_reset_token where user_id = ? order by id desc limit 1",
                String.class, userId(email));
        assertThat(tokens).filteredOn(passwordReset::isUsable).singleElement()
                .satisfies(t -> assertThat(sha256(t)).isEqualTo(newest));
    }

    @Test
    void manyRequestsFromOneAddress_areRefused_whicheverAccountTheyName() throws Exception {
        String email = newAccount();
        for (int i = 0; i < 10; i++) {
            passwordReset.request("nobody." + i + "." + System.nanoTime() + "@example.org", "198.51.100.21");
        }
        passwordReset.request(email, "198.51.100.21");
        assertThat(jdbc.queryForObject("select count(*) from password_reset_token where user_id = ?", Long.class, userId(email)))
                .as("the eleventh request from that address").isZero();

        passwordReset.request(email, "198.51.100.22");
        assertThat(jdbc.queryForObject("select count(*) from password_reset_token where user_id = ?", Long.class, userId(email)))
                .as("the same account from elsewhere").isOne();
    }

    @Test
    void completedReset_revokesEveryOtherLinkOfTheAccount() throws Exception {
        String email = newAccount();
        passwordReset.request(email, "198.51.100.23");
        String mailed = awaitLinks(email, 1).getFirst();
        String concurrent = "concurrent-request-token-" + System.nanoTime();
        jdbc.update("insert into password_reset_token (version, user_id, token_hash, expires_at, created_at) values (0, ?, ?, ?, ?)",
                userId(email), sha256(concurrent), Timestamp.from(Instant.now().plusSeconds(3600)), Timestamp.from(Instant.now()));
        assertThat(passwordReset.isUsable(concurrent)).isTrue();

        passwordReset.reset(mailed, "a brand new pass phrase");

        assertThat(passwordReset.isUsable(concurrent)).isFalse();
        assertThat(passwordReset.isUsable(mailed)).isFalse();
    }

    private String newAccount() {
        String email = "reset." + System.nanoTime() + "@example.org";
        jdbc.update("insert into user_account (version, email, display_name, failed_login_count, created_at)"
                + " values (0, ?, 'Rhea Reset', 0, ?)", email, Timestamp.from(Instant.now()));
        return email;
    }

    private Long userId(String email) {
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }

    private static List<String> awaitLinks(String email, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            List<String> links = new java.util.ArrayList<>();
            for (MimeMessage m : MAIL.getReceivedMessages()) {
                Matcher link = LINK.matcher(GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "="));
                if (m.getAllRecipients()[0].toString().equals(email) && link.find()) {
                    links.add(link.group(1));
                }
            }
            if (links.size() >= count) {
                Thread.sleep(500);
                return links;
            }
            MAIL.waitForIncomingEmail(500, MAIL.getReceivedMessages().length + 1);
        }
        throw new AssertionError("fewer than " + count + " reset mails to " + email);
    }

    static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
