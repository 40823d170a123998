package app.involvement.identity.internal;

import app.involvement.identity.TwoStepSignIn;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Test contexts: authenticator time that steps on demand, and the demo authenticator app. */
@TestConfiguration(proxyBeanMethods = false)
public class TwoStepTestConfig {

    @Bean
    @Primary
    SteppingAuthenticatorClock steppingAuthenticatorClock() {
        return new SteppingAuthenticatorClock();
    }

    @Bean
    DemoAuthenticatorApp demoAuthenticatorApp(SteppingAuthenticatorClock clock, TotpCodes codes, TwoStepSignIn twoStep,
            SecurityContextHolderStrategy securityContexts, JdbcTemplate jdbc) {
        return new DemoAuthenticatorApp(clock, codes, twoStep, securityContexts, jdbc);
    }
}
