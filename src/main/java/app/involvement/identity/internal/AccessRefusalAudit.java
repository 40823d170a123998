package app.involvement.identity.internal;

import app.involvement.identity.PortalUser;
import app.involvement.shared.AccessRefused;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import java.security.Principal;
import java.util.List;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;

/**
 * Records authorisation failures of signed-in people: a route their role may not open (Vaadin's
 * navigation access control) and a service method their role may not call ({@code @PreAuthorize}).
 * Anonymous visitors are sent to the login page and not recorded, so bots cannot flood the log.
 */
@Configuration
class AccessRefusalAudit {

    private final ApplicationEventPublisher events;

    AccessRefusalAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Vaadin's default set-up (annotated views, enabled by the security configurer) plus this audit. */
    @Bean
    NavigationAccessControlConfigurer navigationAccessControlConfigurer() {
        return new NavigationAccessControlConfigurer().withAnnotatedViewAccessChecker()
                .withDecisionResolver(new AuditedDecisions(this)).disabled();
    }

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @EventListener
    void on(AuthorizationDeniedEvent<?> denied) {
        if (denied.getObject() instanceof MethodInvocation invocation) {
            var method = invocation.getMethod();
            record(AccessRefused.METHOD, denied.getAuthentication().get(),
                    method.getDeclaringClass().getSimpleName() + "." + method.getName());
        }
    }

    /** Path only: query strings may carry tokens. */
    void routeDenied(NavigationContext context) {
        record(AccessRefused.ROUTE, context.getPrincipal(), "/" + context.getLocation().getPath());
    }

    private void record(String type, Principal principal, String subject) {
        if (principal instanceof Authentication auth && auth.getPrincipal() instanceof PortalUser user) {
            events.publishEvent(new AccessRefused(type, user.activeTenantId().orElse(null), user.email(), subject,
                    user.currentRole().map(Enum::name).orElse(null)));
        }
    }

    /** Vaadin's default decision, recording each denied navigation (not menu checks or error pages). */
    private record AuditedDecisions(AccessRefusalAudit audit) implements AccessCheckDecisionResolver {

        private static final DefaultAccessCheckDecisionResolver DEFAULT = new DefaultAccessCheckDecisionResolver();

        @Override
        public AccessCheckResult resolve(List<AccessCheckResult> results, NavigationContext context) {
            AccessCheckResult result = DEFAULT.resolve(results, context);
            if (result.decision() != AccessCheckDecision.ALLOW && context.isNavigating() && !context.isErrorHandling()) {
                audit.routeDenied(context);
            }
            return result;
        }
    }
}
