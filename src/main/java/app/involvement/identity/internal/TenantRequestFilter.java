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
 * a URL or header. A password changed, or a membership removed or changed, since login ends the
 * session (at most one query per account and few seconds, see SessionCheck).
 */
@Component
class TenantRequestFilter extends OncePerRequestFilter {

    /** Vaadin's request-type parameter: its own requests (UIDL, heartbeat) get Vaadin's "session expired". */
    private static final String VAADIN_REQUEST_TYPE = "v-r";

    private final SessionCheck sessions;
    private final SecurityContextHolderStrategy securityContexts;

    TenantRequestFilter(SessionCheck sessions, SecurityContextHolderStrategy securityContexts) {
        this.sessions = sessions;
        this.securityContexts = securityContexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = securityContexts.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof PortalUser user)) {
            chain.doFilter(request, response);
            return;
        }
        if (!sessions.isCurrent(user)) {
            endSession(request, response, chain);
            return;
        }
        if (user.activeTenantId().isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        try {
            TenantContext.runAs(user.activeTenantId().get(), () -> {
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

    /**
     * Ends the session. A page request goes to the login page; Vaadin's own requests go on without a
     * session, so Vaadin answers "session expired" and the page reloads (to the login page).
     */
    private void endSession(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        securityContexts.clearContext();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (request.getParameter(VAADIN_REQUEST_TYPE) != null) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + "/login");
        }
    }

    private static final class CheckedFailure extends RuntimeException {
        CheckedFailure(Exception cause) {
            super(cause);
        }
    }
}
