package app.involvement.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling, session and link lifetimes.
 *
 * @param maxFailedLogins        wrong passwords for one account from one address within {@code lockDuration}
 *                               after which that address is refused for that account
 * @param lockDuration           the window of {@code maxFailedLogins}; also how long a locked account stays locked
 * @param maxFailuresPerAddress  failed logins from one network address within {@code addressWindow}
 *                               after which that address is refused
 * @param sessionLifetime        absolute session lifetime, however active the person is
 * @param idleTimeout            time without a user action (heartbeats do not count) after which a
 *                               session ends; keep {@code server.servlet.session.timeout} no shorter
 * @param invitationValidity     how long an invitation link works
 * @param passwordResetValidity  how long a password reset link works
 * @param maxFailedLoginsPerAccount wrong passwords in a row, from anywhere, that lock the account itself
 *                               (a password reset by e-mail unlocks it)
 * @param resetRequestsPerAccount reset links sent to one account within {@code resetRequestWindow}
 * @param resetRequestsPerAddress reset requests accepted from one address within {@code resetRequestWindow}
 * @param baseUrl                the address people use to reach the portal, for links in e-mails
 * @param sessionCheckTtl        how long one instance trusts what it read about an account's password stamp
 *                               and memberships; a change made through another instance ends sessions
 *                               within this time (DD019)
 */
@ConfigurationProperties("involvement.identity")
record IdentityProperties(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration addressWindow,
        @DefaultValue("12h") Duration sessionLifetime,
        @DefaultValue("30m") Duration idleTimeout,
        @DefaultValue("7d") Duration invitationValidity,
        @DefaultValue("1h") Duration passwordResetValidity,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("50") int maxFailedLoginsPerAccount,
        @DefaultValue("3") int resetRequestsPerAccount,
        @DefaultValue("10") int resetRequestsPerAddress,
        @DefaultValue("1h") Duration resetRequestWindow,
        @DefaultValue("5s") Duration sessionCheckTtl) {

    String link(String route, String token) {
        return baseUrl.replaceAll("/+$", "") + "/" + route + "?token=" + token;
    }
}
