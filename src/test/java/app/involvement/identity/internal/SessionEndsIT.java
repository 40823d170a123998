package app.involvement.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.StatementCounter;
import app.involvement.identity.PasswordReset;
import app.involvement.identity.PasswordResetRequested;
import app.involvement.identity.PortalUser;
import app.involvement.identity.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A password change ends every other session of the account on its next request — for staff in a
 * provider and for a reviewer who has no membership alike; a changed membership role ends the
 * session too. The check costs at most one query per account and session-check TTL (DD019).
 */
@RecordApplicationEvents
class SessionEndsIT extends IntegrationTestBase {

    private static final String PASSWORD = "the first long pass phrase";
    private static final String NEW_PASSWORD = "a second long pass phrase";

    @Autowired
    private TenantRequestFilter filter;

    @Autowired
    private PasswordReset passwordReset;

    @Autowired
    private PasswordEncoder encoder;

    @Autowired
    private ApplicationEvents events;

    @Autowired
    private DefaultCurrentUser currentUser;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private MembershipRepository memberships;

    @Autowired
    private IdentityProperties properties;

    @Test
    void aPasswordResetByLink_endsEverySessionOfAProviderStaffMember() {
        String email = newAccount(null, Role.FINANCE);
        assertResetEndsBothSessions(email);
    }

    @Test
    void aPasswordResetByLink_endsEverySessionOfAReviewerWithoutMembership() {
        String email = newAccount(Role.REVIEWER, null);
        assertResetEndsBothSessions(email);
    }

    @Test
    void ownPasswordChange_keepsThisSession_andEndsTheOthers() {
        String email = newAccount(null, Role.COORDINATOR);
        Authentication here = login(email, PASSWORD);
        Authentication elsewhere = login(email, PASSWORD);

        SecurityContextHolder.getContext().setAuthentication(here);
        long version = transactions.execute(tx -> {
            UserAccount account = accounts.findByEmail(email).orElseThrow();
            account.changePassword(encoder.encode(NEW_PASSWORD));
            return account.getCredentialsVersion();
        });
        currentUser.keepAfterOwnPasswordChange(version);
        Authentication kept = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.clearContext();

        assertThat(request(kept).wentOn()).isTrue();
        assertThat(request(elsewhere).endedOnLoginPage()).isTrue();
    }

    @Test
    void aChangedMembershipRole_endsTheSession() {
        String email = newAccount(null, Role.FINANCE);
        Authentication session = login(email, PASSWORD);
        assertThat(request(session).wentOn()).isTrue();

        transactions.executeWithoutResult(tx -> memberships.findByUserIdOrderById(
                accounts.findByEmail(email).orElseThrow().getId()).getFirst().changeRole(Role.COORDINATOR));

        assertThat(request(session).endedOnLoginPage()).isTrue();
    }

    @Test
    void aRoleChangedThroughAnotherInstance_endsTheSessionOnceTheCheckTtlHasPassed() {
        String email = newAccount(null, Role.FINANCE);
        PortalUser user = (PortalUser) login(email, PASSWORD).getPrincipal();
        var ticker = new AtomicLong();
        var check = new SessionCheck(accounts, properties, ticker::get);
        assertThat(check.isCurrent(user)).isTrue();

        // the other instance's change reaches this one only through the database
        jdbc.update("update membership set role = 'COORDINATOR' where user_id = ?", user.userId());

        assertThat(check.isCurrent(user)).as("within the TTL").isTrue();
        ticker.addAndGet(properties.sessionCheckTtl().toNanos());
        assertThat(check.isCurrent(user)).as("once the TTL has passed").isFalse();
    }

    @Test
    void theCheck_isAtMostOneQueryPerAccountAndTtl() {
        Authentication member = DemoLogins.login(authenticationProvider, DemoLogins.NB_COORDINATOR);
        Authentication reviewer = DemoLogins.login(authenticationProvider, DemoLogins.REVIEWER);
        for (Authentication session : List.of(member, reviewer)) {
            StatementCounter.reset();
            for (int i = 0; i < 20; i++) {
                assertThat(request(session).wentOn()).isTrue();
            }
            assertThat(StatementCounter.count()).as("statements for 20 requests").isLessThanOrEqualTo(1);
        }
    }

    private void assertResetEndsBothSessions(String email) {
        Authentication first = login(email, PASSWORD);
        Authentication second = login(email, PASSWORD);
        assertThat(request(first).wentOn()).isTrue();
        assertThat(request(second).wentOn()).isTrue();

        passwordReset.request(email);
        String link = events.stream(PasswordResetRequested.class).filter(e -> e.email().equals(email))
                .reduce((a, b) -> b).orElseThrow().link();
        passwordReset.reset(link.substring(link.indexOf("token=") + "token=".length()), NEW_PASSWORD);

        assertThat(request(first).endedOnLoginPage()).as("first session").isTrue();
        assertThat(request(second).endedOnLoginPage()).as("second session").isTrue();
        assertThat(request(login(email, NEW_PASSWORD)).wentOn()).as("a login with the new password").isTrue();
    }

    private Authentication login(String email, String password) {
        return DemoLogins.login(authenticationProvider, email, password, "192.0.2.44");
    }

    /** One request of the session the authentication belongs to, through the tenant filter. */
    private Outcome request(Authentication session) {
        var httpSession = new MockHttpSession();
        var request = new MockHttpServletRequest("GET", "/my-profile");
        request.setSession(httpSession);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        SecurityContextHolder.getContext().setAuthentication(session);
        try {
            filter.doFilter(request, response, chain);
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
        return new Outcome(chain.getRequest() != null, response.getRedirectedUrl(), httpSession.isInvalid());
    }

    private record Outcome(boolean reachedTheApp, String redirectedTo, boolean sessionEnded) {

        boolean wentOn() {
            return reachedTheApp && !sessionEnded;
        }

        boolean endedOnLoginPage() {
            return !reachedTheApp && sessionEnded && "/login".equals(redirectedTo);
        }
    }

    private String newAccount(Role platformRole, Role northbridgeRole) {
        String email = "sessions." + System.nanoTime() + "@example.org";
        jdbc.update("insert into user_account (version, email, display_name, password_hash, platform_role,"
                + " failed_login_count, created_at) values (0, ?, 'Sam Sessions', ?, ?, 0, ?)",
                email, encoder.encode(PASSWORD), platformRole == null ? null : platformRole.name(), Timestamp.from(Instant.now()));
        if (northbridgeRole != null) {
            jdbc.update("insert into membership (version, tenant_id, user_id, role, created_at)"
                    + " select 0, ?, id, ?, ? from user_account where email = ?",
                    providerId("NBU"), northbridgeRole.name(), Timestamp.from(Instant.now()), email);
        }
        return email;
    }
}
