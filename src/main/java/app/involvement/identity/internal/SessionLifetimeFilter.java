package app.involvement.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has lasted longer than its absolute lifetime, however active it is. The idle
 * timeout is the servlet container's ({@code server.servlet.session.timeout}).
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    private final Duration lifetime;

    SessionLifetimeFilter(Duration lifetime) {
        this.lifetime = lifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null && System.currentTimeMillis() - session.getCreationTime() > lifetime.toMillis()) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}
