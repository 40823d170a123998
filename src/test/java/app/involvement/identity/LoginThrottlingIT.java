package app.involvement.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.TestSmtp;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;

/**
 * Repeated wrong passwords lock the account for a while, and too many failures from one address
 * block that address. The login page shows one message for every refusal, so nothing reveals
 * whether an account exists or is locked.
 */
class LoginThrottlingIT extends IntegrationTestBase {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(TestSmtp.SETUP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final String PASSWORD = "my own long pass phrase";

    @Autowired
    private Invitations invitations;

    @Test
    void fiveWrongPasswords_lockTheAccount_untilTheLockExpires() throws Exception {
        String email = newAccount();
        String address = "198.51.100.7";
        for (int i = 0; i < 5; i++) {
            String wrong = "wrong password " + i;
            assertThatThrownBy(() -> DemoLogins.login(authenticationProvider, email, wrong, address))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> DemoLogins.login(authenticationProvider, email, PASSWORD, address))
                .as("the right password while locked").isInstanceOf(AuthenticationException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ACCOUNT_LOCKED' and subject = ?",
                Long.class, email)).isOne();

        jdbc.update("update user_account set locked_until = ? where email = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), email);
        assertThat(DemoLogins.user(DemoLogins.login(authenticationProvider, email, PASSWORD, address)).email()).isEqualTo(email);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'LOGIN_SUCCEEDED' and subject = ?",
                Long.class, email)).isOne();
    }

    @Test
    void unknownAccount_isRefusedLikeAWrongPassword() {
        String unknown = "nobody." + System.nanoTime() + "@example.org";
        assertThatThrownBy(() -> DemoLogins.login(authenticationProvider, unknown, "whatever it is", "198.51.100.8"))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = ?", Long.class, unknown)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'LOGIN_FAILED' and subject = ?",
                Long.class, unknown)).isOne();
    }

    @Test
    void manyFailuresFromOneAddress_blockThatAddressOnly() throws Exception {
        String email = newAccount();
        String noisy = "203.0.113.99";
        for (int i = 0; i < 20; i++) {
            String guess = "guess" + i + "." + System.nanoTime() + "@example.org";
            assertThatThrownBy(() -> DemoLogins.login(authenticationProvider, guess, "some password here", noisy))
                    .isInstanceOf(AuthenticationException.class);
        }
        assertThatThrownBy(() -> DemoLogins.login(authenticationProvider, email, PASSWORD, noisy))
                .as("right password from the blocked address").isInstanceOf(AuthenticationException.class);
        assertThat(DemoLogins.user(DemoLogins.login(authenticationProvider, email, PASSWORD, "203.0.113.100")).email())
                .isEqualTo(email);
    }

    private String newAccount() throws Exception {
        String email = "throttle." + System.nanoTime() + "@example.org";
        as(DemoLogins.NB_LEAD, () -> invitations.inviteStaff(email, Role.FINANCE));
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            for (var m : MAIL.getReceivedMessages()) {
                String body = GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "=");
                Matcher link = Pattern.compile("invitation\\?token=([A-Za-z0-9_-]+)").matcher(body);
                if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains(email) && link.find()) {
                    invitations.acceptWithNewAccount(link.group(1), "Tess Throttle", PASSWORD);
                    return email;
                }
            }
            MAIL.waitForIncomingEmail(500, MAIL.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no invitation mail");
    }
}
