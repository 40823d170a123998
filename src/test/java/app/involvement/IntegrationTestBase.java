package app.involvement;

import app.involvement.identity.PortalUser;
import app.involvement.identity.internal.DemoAuthenticatorApp;
import app.involvement.identity.internal.TwoStepTestConfig;
import app.involvement.tenancy.TenantContext;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Spring integration tests (run on H2 by default and on MariaDB with {@code -Pmariadb}). They share the
 * demo data, so a test that changes data works on rows it created itself.
 */
@SpringBootTest
@Import({StatementCounter.class, TwoStepTestConfig.class})
public abstract class IntegrationTestBase {

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

    @Autowired
    protected JdbcTemplate jdbc;

    /** Logs in as the demo account and runs the body in its provider, as a request would. */
    protected <T> T as(String email, Supplier<T> body) {
        var auth = DemoLogins.login(authenticationProvider, authenticatorApp, email);
        SecurityContextHolder.getContext().setAuthentication(auth);
        PortalUser user = DemoLogins.user(auth);
        try {
            return TenantContext.runAs(user.activeTenantId().orElse(null), body);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    protected void as(String email, Runnable body) {
        as(email, () -> {
            body.run();
            return null;
        });
    }

    protected Long providerId(String shortCode) {
        return jdbc.queryForObject("select id from provider where short_code = ?", Long.class, shortCode);
    }

    @AfterEach
    void clearSecurity() {
        SecurityContextHolder.clearContext();
    }
}
