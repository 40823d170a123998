package app.involvement.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a state-changing request that another site made the browser send. Vaadin's login form posts
 * to {@code /login} without a CSRF token (Vaadin exempts that path from Spring's token check), so
 * without this a hostile page could log a visitor in to the attacker's account.
 *
 * <p>Browsers name the sender in {@code Sec-Fetch-Site}; only {@code same-origin} (and {@code none}, a
 * request the person made themself) passes, so a sibling subdomain is refused too. Browsers without
 * Fetch Metadata still send {@code Origin} with every cross-origin POST, which must then be this
 * server's own origin. A request with neither header does not come from a modern browser and carries
 * no visitor's cookies by accident, so it passes.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE_METHODS.contains(request.getMethod()) && isCrossSite(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isCrossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !OWN_SITE.contains(site);
        }
        try {
            return CorsUtils.isCorsRequest(request);
        } catch (IllegalArgumentException malformedOrigin) {
            return true;
        }
    }
}
