package app.involvement.shell.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The production build's scripts ({@code VAADIN/build/<name>-<content hash>.js}) change their name whenever
 * their content changes, so a browser may keep them for a year without asking again; Vaadin marks them for an
 * hour only. Every other response keeps its headers (pages and round trips stay {@code no-store}).
 */
@Component
class HashedAssetCaching extends OncePerRequestFilter {

    static final String ONE_YEAR = "max-age=" + Duration.ofDays(365).toSeconds() + ", immutable";

    /** Vite's output names: the name, a dash, an 8-character content hash. */
    private static final Pattern HASHED = Pattern.compile("/VAADIN/build/[\\w.-]+-[\\w-]{8}\\.(js|css)");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HASHED.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // written earlier by Spring Security for every response; they would contradict the lifetime below
        response.setHeader(HttpHeaders.PRAGMA, null);
        response.setHeader(HttpHeaders.EXPIRES, null);
        response.setHeader(HttpHeaders.CACHE_CONTROL, ONE_YEAR);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
