package app.involvement.identity.internal;

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
 * Spring Security, so the request that finds the session over its time is already signed out; Vaadin
 * then makes the page reload, which shows the login page.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    static final String LAST_ACTION = SessionLifetimeFilter.class.getName() + ".lastAction";
    private static final String HEARTBEAT = "heartbeat";

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
            } else if (!HEARTBEAT.equals(request.getParameter("v-r"))) {
                session.setAttribute(LAST_ACTION, now);
            }
        }
        chain.doFilter(request, response);
    }

    private static long lastAction(HttpSession session) {
        return session.getAttribute(LAST_ACTION) instanceof Long at ? at : session.getCreationTime();
    }
}
