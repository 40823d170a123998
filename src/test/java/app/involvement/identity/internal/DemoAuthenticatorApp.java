package app.involvement.identity.internal;

import app.involvement.identity.PortalUser;
import app.involvement.identity.TwoStepSignIn;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The authenticator app of tests: codes for any secret, and the demo accounts' second step. */
public class DemoAuthenticatorApp {

    /** The demo profile's secret of the platform admin and the leads (see DemoAccounts). */
    public static final String DEMO_SECRET = DemoAccounts.TOTP_SECRET;

    private final SteppingAuthenticatorClock clock;
    private final TotpCodes codes;
    private final TwoStepSignIn twoStep;
    private final SecurityContextHolderStrategy securityContexts;
    private final JdbcTemplate jdbc;

    DemoAuthenticatorApp(SteppingAuthenticatorClock clock, TotpCodes codes, TwoStepSignIn twoStep,
            SecurityContextHolderStrategy securityContexts, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.codes = codes;
        this.twoStep = twoStep;
        this.securityContexts = securityContexts;
    }

    /** Lets the next time step come, and returns the code the app shows then. */
    public String nextCode(String secret) {
        clock.atLeast(jdbc.queryForObject("select coalesce(max(last_used_step), 0) from second_factor", Long.class));
        clock.nextStep();
        return currentCode(secret);
    }

    /** The code the app shows now (already used, if a test just gave it). */
    public String currentCode(String secret) {
        return codes.codeAt(secret, TotpCodes.step(clock.now()));
    }

    /**
     * Completes the second step of a demo login, as a person would by typing the code from the app.
     * Leaves the fully signed-in person in the security context and returns their authentication.
     */
    public Authentication completeSecondStep(Authentication afterPassword) {
        var context = securityContexts.createEmptyContext();
        context.setAuthentication(afterPassword);
        securityContexts.setContext(context);
        if (afterPassword.getPrincipal() instanceof PortalUser user && user.secondStepPending()) {
            // Browserless tests run inside a mock Vaadin request that cannot change its session id;
            // a demo login there is no request of its own, so the second step runs outside it.
            var request = CurrentInstance.get(VaadinRequest.class);
            CurrentInstance.set(VaadinRequest.class, null);
            try {
                twoStep.verify(nextCode(DEMO_SECRET));
            } finally {
                CurrentInstance.set(VaadinRequest.class, request);
            }
        }
        return securityContexts.getContext().getAuthentication();
    }
}
