package app.involvement.identity.internal;

import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has lasted longer than its absolute lifetime, however active it is, or that has
 * seen no user action for its idle timeout. Vaadin's heartbeats (sent by an open tab every few
 * minutes) are not user actions: they neither keep a session alive nor count as activity. Runs before
 * Spring Security, so the request that finds the session over its time is already signed out; the
 * page then reloads, which shows the login page.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    static final String LAST_ACTION = SessionLifetimeFilter.class.getName() + ".lastAction";
    private static final String REQUEST_TYPE = "v-r";
    private static final String HEARTBEAT = "heartbeat";
    private static final String UIDL = "uidl";

    private final Duration lifetime;
    private final Duration idleTimeout;

    SessionLifetimeFilter(Duration lifetime, Duration idleTimeout) {
        this.lifetime = lifetime;
        this.idleTimeout = idleTimeout;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null) {
            long now = System.currentTimeMillis();
            if (now - session.getCreationTime() > lifetime.toMillis() || now - lastAction(session) > idleTimeout.toMillis()) {
                session.invalidate();
                if (answeredAsExpired(request, response)) {
                    return;
                }
            } else if (!HEARTBEAT.equals(request.getParameter(REQUEST_TYPE))) {
                session.setAttribute(LAST_ACTION, now);
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Answers Vaadin's own requests as Vaadin does for an expired session, so the page reloads (to the
     * login page). Left to Spring Security, they would be redirected to the login page, which the
     * page's script takes for a normal answer, and the page would stay open. A status, not an error:
     * an error page would be sent through Spring Security and redirected likewise.
     */
    private static boolean answeredAsExpired(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = request.getParameter(REQUEST_TYPE);
        if (HEARTBEAT.equals(type)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return true;
        }
        if (UIDL.equals(type)) {
            response.setContentType("application/json; charset=UTF-8");
            response.getWriter().write(VaadinService.createSessionExpiredJSON(false));
            return true;
        }
        return false;
    }

    private static long lastAction(HttpSession session) {
        return session.getAttribute(LAST_ACTION) instanceof Long at ? at : session.getCreationTime();
    }
}
