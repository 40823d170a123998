package app.involvement;

import app.involvement.identity.PortalUser;
import app.involvement.identity.internal.DemoAuthenticatorApp;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Logs demo accounts in through the real authentication provider, password and all; with the demo
 * authenticator app, also through the real second step of those who use two-step sign-in.
 */
public final class DemoLogins {

    public static final String PASSWORD = "involve-demo-2026";
    public static final String PLATFORM = "platform@platform.example";
    public static final String REVIEWER = "reviewer@hcpc.example";
    public static final String NB_LEAD = "lead@northbridge.example";
    public static final String NB_COORDINATOR = "coordinator@northbridge.example";
    public static final String NB_FINANCE = "finance@northbridge.example";
    public static final String NB_PARTNER = "partner@northbridge.example";
    public static final String NB_CARER = "carer@northbridge.example";
    public static final String SM_LEAD = "lead@southmoor.example";
    public static final String SM_COORDINATOR = "coordinator@southmoor.example";
    public static final String SM_PARTNER = "partner@southmoor.example";
    public static final String BOTH = "both@partners.example";

    private DemoLogins() {
    }

    public static Authentication login(AuthenticationProvider provider, String email, String password, String address) {
        var request = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        request.setDetails(new WebAuthenticationDetails(address, null));
        return provider.authenticate(request);
    }

    public static Authentication login(AuthenticationProvider provider, String email) {
        return login(provider, email, PASSWORD, "192.0.2.1");
    }

    /** Password and, where the account needs it, the code from the demo authenticator app. */
    public static Authentication login(AuthenticationProvider provider, DemoAuthenticatorApp app, String email) {
        return app.completeSecondStep(login(provider, email));
    }

    public static PortalUser user(Authentication authentication) {
        return (PortalUser) authentication.getPrincipal();
    }
}
