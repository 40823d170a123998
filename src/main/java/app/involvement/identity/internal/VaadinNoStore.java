package app.involvement.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin's own requests (UIDL, heartbeat, init: those with a {@code v-r} parameter) carry the page's
 * data; Vaadin marks their responses only {@code no-cache}, which lets a browser or proxy keep a copy.
 * They keep Spring Security's {@code no-store} instead.
 */
class VaadinNoStore extends OncePerRequestFilter {

    static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getParameter("v-r") == null) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, noStore(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                super.setHeader(name, noStore(name, value));
            }
        });
    }

    private static String noStore(String name, String value) {
        return HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) ? NO_STORE : value;
    }
}
