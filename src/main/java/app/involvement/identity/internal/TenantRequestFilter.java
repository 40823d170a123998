package app.involvement.identity.internal;

import app.involvement.identity.PortalUser;
import app.involvement.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs each request in the provider of the signed-in person's chosen membership — never one named in
 * a URL or header. A membership removed or changed since login ends the session.
 */
@Component
class TenantRequestFilter extends OncePerRequestFilter {

    private final MembershipDirectory memberships;
    private final SecurityContextHolderStrategy securityContexts;

    TenantRequestFilter(MembershipDirectory memberships, SecurityContextHolderStrategy securityContexts) {
        this.memberships = memberships;
        this.securityContexts = securityContexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = securityContexts.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof PortalUser user) || user.activeMembership().isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        var membership = user.activeMembership().get();
        if (!memberships.stillHolds(membership, user.userId())) {
            securityContexts.clearContext();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        try {
            TenantContext.runAs(membership.providerId(), () -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException e) {
                    throw new CheckedFailure(e);
                }
            });
        } catch (CheckedFailure failure) {
            if (failure.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) failure.getCause();
        }
    }

    private static final class CheckedFailure extends RuntimeException {
        CheckedFailure(Exception cause) {
            super(cause);
        }
    }
}
