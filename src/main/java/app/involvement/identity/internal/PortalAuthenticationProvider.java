package app.involvement.identity.internal;

import app.involvement.identity.MembershipView;
import app.involvement.identity.PortalUser;
import app.involvement.shared.Limits;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login with per-address and per-(address, account) throttling. Every refusal looks the same
 * to the person, so the login page never reveals whether an account exists or is locked. A person with
 * exactly one membership works in that provider straight away; others pick one after login. A person
 * who needs two-step sign-in leaves here with no authorities until they pass the second step. The
 * address is the connection's peer, or what a trusted proxy says (server.tomcat.remoteip, DD010).
 */
class PortalAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final LoginAttempts attempts;
    private final MembershipDirectory memberships;
    private final TwoStepRequirement twoStep;

    PortalAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle,
            LoginAttempts attempts, MembershipDirectory memberships, TwoStepRequirement twoStep) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.attempts = attempts;
        this.memberships = memberships;
        this.twoStep = twoStep;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String typedName = authentication.getName();
        String email = PortalUserDetailsService.normalise(typedName);
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        if (email.length() > Limits.EMAIL || String.valueOf(authentication.getCredentials()).length() > Limits.PASSWORD_MAX) {
            attempts.wrongPassword(typedName, address);
            throw new BadCredentialsException("too long");
        }
        if (throttle.isBlocked(address, email)) {
            attempts.refused(typedName, address, "address throttled");
            throw new LockedException("throttled");
        }
        Authentication checked;
        try {
            checked = passwords.authenticate(authentication);
        } catch (LockedException e) {
            attempts.refused(typedName, address, "account locked");
            throw e;
        } catch (PasswordHashingBusy e) {
            throw e; // the password was never checked: not a failed attempt
        } catch (AuthenticationException e) {
            attempts.wrongPassword(typedName, address);
            throw e;
        }
        PortalUser user = (PortalUser) checked.getPrincipal();
        attempts.succeeded(user.userId(), user.email(), address);
        List<MembershipView> own = memberships.of(user.userId());
        if (own.size() == 1 && user.platformRole().isEmpty()) {
            user = user.withActiveMembership(own.getFirst());
        } else {
            user = user.withActiveMembership(null);
        }
        if (twoStep.secondStepNeeded(user.userId(), user.platformRole().orElse(null), own)) {
            user = user.withSecondStepPending(true);
        }
        var result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
