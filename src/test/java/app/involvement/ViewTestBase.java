package app.involvement;

import app.involvement.identity.PortalUser;
import app.involvement.identity.internal.DemoAuthenticatorApp;
import app.involvement.identity.internal.TwoStepTestConfig;
import app.involvement.tenancy.TenantContext;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Browserless view tests: the whole application context, a simulated Vaadin session, and a demo
 * account logged in through the real login code. Requests in a running app get their provider from
 * a servlet filter; here {@link #as} plays that part.
 */
@SpringBootTest
@Import({StatementCounter.class, TwoStepTestConfig.class, MarkedTranslations.class})
public abstract class ViewTestBase extends SpringBrowserlessTest {

    @Autowired
    protected AuthenticationProvider authenticationProvider;

    @Autowired
    protected DemoAuthenticatorApp authenticatorApp;

    @Autowired
    private SecurityContextHolderStrategy securityContexts;

    /**
     * Each application context installs its own security-context strategy globally when it starts; a
     * test reusing a cached context puts that context's strategy back, so the app and the test agree.
     */
    @BeforeEach
    void useThisContextsSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(securityContexts);
    }

    @Override
    protected Set<String> scanPackages() {
        return Set.of("app.involvement");
    }

    /** Logs in as the demo account and runs the body in its provider, as a request would. */
    protected void as(String email, Runnable body) {
        var auth = DemoLogins.login(authenticationProvider, authenticatorApp, email);
        SecurityContextHolder.getContext().setAuthentication(auth);
        PortalUser user = DemoLogins.user(auth);
        TenantContext.runAs(user.activeTenantId().orElse(null), body);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
