package app.involvement.identity.internal;

import app.involvement.identity.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /** Argon2id with 19 MiB of memory, 2 iterations and 1 lane: the OWASP minimum. */
    static final int ARGON2_MEMORY_KIB = 19 * 1024;
    static final int ARGON2_ITERATIONS = 2;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LogoutAudit logoutAudit) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
        // the probes' extra paths on the app port, and the metrics: Actuator itself is only on the management
        // port (management.server.port), which neither the Service nor the Ingress exposes (k8s/)
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/livez", "/readyz", "/actuator/prometheus").permitAll());
        // crawlers read "Disallow: /" instead of being sent to the login page; browsers get the icon before login
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/robots.txt", "/favicon.ico").permitAll());
        // a partner's calendar feed: the secret token in the address is the authorisation (DD028)
        http.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/calendar/*/*.ics").permitAll());
        http.headers(headers -> headers
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .frameOptions(f -> f.deny())
                .addHeaderWriter(new ContentSecurityPolicy())
                .withObjectPostProcessor(writeHeadersBeforeVaadin()));
        http.addFilterBefore(new CrossSiteRequestFilter(), CsrfFilter.class);
        http.addFilterAfter(new VaadinNoStore(), HeaderWriterFilter.class);
        // before Spring's own handlers, which clear the session: Vaadin's AuthenticationContext runs this list
        http.logout(logout -> logout.addLogoutHandler(logoutAudit));
        // Addresses that match no view (e.g. /partners/abc) go to the router for signed-in people, which
        // answers with the app's "Page not found" (404) instead of a bare 403; views keep their own checks.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        // after Vaadin's configurer, which names the login view: added first, form login would initialise
        // before it and switch on Spring's generated login page
        http.formLogin(form -> form.failureHandler(loginFailures()));
        return http.build();
    }

    /**
     * Vaadin answers page loads and UIDL requests in its own servlet, reached by a forward; Tomcat
     * finishes a forwarded response underneath Spring Security's response wrapper, so headers it would
     * add when the response is committed never arrive. Written before the request goes on, they do,
     * and Vaadin keeps an X-Frame-Options it finds instead of adding its own SAMEORIGIN.
     */
    private static ObjectPostProcessor<HeaderWriterFilter> writeHeadersBeforeVaadin() {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        };
    }

    @Bean
    PasswordEncoder passwordEncoder(PasswordHashingProperties hashing) {
        return new PasswordHashing(argon2id(), hashing.permits(), hashing.maxWait());
    }

    static PasswordEncoder argon2id() {
        var argon2 = new Argon2PasswordEncoder(16, 32, 1, ARGON2_MEMORY_KIB, ARGON2_ITERATIONS);
        return new DelegatingPasswordEncoder("argon2id", Map.of("argon2id", argon2));
    }

    /** A login refused because every password-hashing turn stayed taken goes to "busy, try again". */
    private static AuthenticationFailureHandler loginFailures() {
        var busy = new LinkedHashMap<Class<? extends AuthenticationException>, AuthenticationFailureHandler>();
        busy.put(PasswordHashingBusy.class, new SimpleUrlAuthenticationFailureHandler("/login?busy"));
        return new DelegatingAuthenticationFailureHandler(busy, new SimpleUrlAuthenticationFailureHandler("/login?error"));
    }

    @Bean
    AuthenticationProvider portalAuthenticationProvider(PortalUserDetailsService users, PasswordEncoder encoder,
            LoginThrottle throttle, LoginAttempts attempts, MembershipDirectory memberships,
            TwoStepRequirement twoStep) {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new PortalAuthenticationProvider(passwords, throttle, attempts, memberships, twoStep);
    }

    @Bean
    FilterRegistrationBean<SessionLifetimeFilter> sessionLifetimeFilter(IdentityProperties properties) {
        var registration = new FilterRegistrationBean<>(new SessionLifetimeFilter(properties.sessionLifetime(),
                properties.idleTimeout()));
        registration.setOrder(-200);
        return registration;
    }
}
