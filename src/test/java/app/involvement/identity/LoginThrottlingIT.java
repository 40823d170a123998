package app.involvement.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.TestSmtp;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;

/**
 * Repeated wrong passwords from one address lock the account for that address for a while, many from
 * everywhere lock the account until a password reset, and too many failures from one address block
 * that address. The login page shows one message for every refusal, so nothing reveals
 * whether an account exists or is locked.
 */
class LoginThrottlingIT extends IntegrationTestBase {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(TestSmtp.SETUP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final String PASSWORD = "my own long pass phrase";

    @Autowired
    private Invitations invitations;

    @Autowired
    private PasswordReset passwordReset;

    @Test
    void fiveWrongPasswords_lockTheAccountForThatAddressOnly_untilTheWindowPasses() throws Exception {
        String email = newAccount();
        String address = "198.51.100.7";
        for (int i = 0; i < 5; i++) {
            String wrong = "wrong password " + i;
            assertThatThrownBy(() -> DemoLogins.login(authenticationProvider, email, wrong, address))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> DemoLogins.login(authenticationProvider, email, PASSWORD, address))
                .as("the right password from the guessing address").isInstanceOf(AuthenticationException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'LOGIN_LOCKED_FOR_ADDRESS' and subject = ?",
                Long.class, email)).isOne();
        assertThat(DemoLogins.user(DemoLogins.login(authenticationProvider, email, PASSWORD, "198.51.100.70")).email())
                .as("the owner, from their own address, is not locked out").isEqualTo(email);

        expireThrottleWindows();
        assertThat(DemoLogins.user(DemoLogins.login(authenticationProvider, email, PASSWORD, address)).email()).isEqualTo(email);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'LOGIN_SUCCEEDED' and subject = ?",
                Long.class, email)).isEqualTo(2);
    }

    @Test
    void wrongPasswordsFromManyAddresses_lockTheAccount_andAPasswordResetByMailUnlocksIt() throws Exception {
        String email = newAccount();
        for (int i = 0; i < 50; i++) {
            String address = "198.18." + (i / 200) + "." + (i % 200 + 1);
            assertThatThrownBy(() -> DemoLogins.login(authenticationProvider, email, "wrong password here", address))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ACCOUNT_LOCKED' and subject = ?",
                Long.class, email)).isOne();
        assertThatThrownBy(() -> DemoLogins.login(authenticationProvider, email, PASSWORD, "198.51.100.71"))
                .as("locked everywhere").isInstanceOf(AuthenticationException.class);

        passwordReset.request(email, "198.51.100.71");
        String token = awaitLink(email, "reset-password");
        passwordReset.reset(token, "a fresh pass phrase now");
        assertThat(DemoLogins.user(DemoLogins.login(authenticationProvider, email, "a fresh pass phrase now", "198.51.100.71"))
                .email()).isEqualTo(email);
    }

    @Test
    void concurrentFailedLogins_eachKeepTheirAuditRow_andAreAllCounted() throws Exception {
        String email = newAccount();
        int threads = 10;
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String address = "198.19.0." + (i + 1);
                done.add(pool.submit(() -> {
                    start.await();
                    assertThatThrownBy(() -> DemoLogins.login(authenticationProvider, email, "wrong at once", address))
                            .isInstanceOf(BadCredentialsException.class);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'LOGIN_FAILED' and subject = ?",
                Long.class, email)).isEqualTo(threads);
        assertThat(jdbc.queryForObject("select failed_login_count from user_account where email = ?", Integer.class, email))
                .isEqualTo(threads);
    }

    @Test
    void aTypedUserNameThatIsNotAnEmail_isNotStored() {
        String typed = "my secret pass phrase " + System.nanoTime();
        assertThatThrownBy(() -> DemoLogins.login(authenticationProvider, typed, "whatever it is", "198.51.100.72"))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject like ? or detail like ?",
                Long.class, "%" + typed + "%", "%" + typed + "%")).isZero();
        assertThat(jdbc.queryForObject("select subject from audit_entry where event_type = 'LOGIN_FAILED'"
                + " and detail = 'bad credentials from 198.51.100.72' order by id desc limit 1", String.class))
                .isEqualTo("(not an e-mail address)");
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

    /** The lock's window passing: every current throttle window ends now. */
    private void expireThrottleWindows() {
        jdbc.update("update throttle_counter set expires_at = ?", Timestamp.from(Instant.now().minusSeconds(1)));
    }

    private String newAccount() throws Exception {
        String email = "throttle." + System.nanoTime() + "@example.org";
        as(DemoLogins.NB_LEAD, () -> invitations.inviteStaff(email, Role.FINANCE));
        invitations.acceptWithNewAccount(awaitLink(email, "invitation"), "Tess Throttle", PASSWORD);
        return email;
    }

    private static String awaitLink(String email, String route) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            for (var m : MAIL.getReceivedMessages()) {
                String body = GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "=");
                Matcher link = Pattern.compile(route + "\\?token=([A-Za-z0-9_-]+)").matcher(body);
                if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains(email) && link.find()) {
                    return link.group(1);
                }
            }
            MAIL.waitForIncomingEmail(500, MAIL.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no " + route + " mail");
    }
}
