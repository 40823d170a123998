package app.involvement.tenancy.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id in the log context ({@code request} in the MDC, next to {@code tenant} set by
 * {@link app.involvement.tenancy.TenantContext}) and in the {@code X-Request-ID} response header, so a
 * person's report ("it failed at 10:02") can be found in the logs of whichever pod served it.
 * ingress-nginx sends its own {@code X-Request-ID}; it is taken when it is a plain token (anything else
 * could forge log lines), otherwise a new one is made.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-ID";
    static final String MDC_KEY = "request";
    private static final Pattern PLAIN_TOKEN = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = requestId(request.getHeader(HEADER));
        String previous = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        }
    }

    static String requestId(String offered) {
        if (offered != null && PLAIN_TOKEN.matcher(offered).matches()) {
            return offered;
        }
        return UUID.randomUUID().toString().replace("-", "");
    }
}
