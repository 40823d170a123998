package app.involvement.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The request id is in the log context during the request only, and never taken from a header that could forge log lines. */
class RequestIdFilterTest {

    private final RequestIdFilter filter = new RequestIdFilter();

    @Test
    void theIngressId_isUsedDuringTheRequest_andGoneAfterIt() throws Exception {
        var request = new MockHttpServletRequest("GET", "/");
        request.addHeader("X-Request-ID", "0f3a9c2b7d1e4f56a8b9c0d1e2f3a4b5");
        var response = new MockHttpServletResponse();
        AtomicReference<String> during = new AtomicReference<>();

        filter.doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                during.set(MDC.get("request"));
            }
        });

        assertThat(during.get()).isEqualTo("0f3a9c2b7d1e4f56a8b9c0d1e2f3a4b5");
        assertThat(response.getHeader("X-Request-ID")).isEqualTo("0f3a9c2b7d1e4f56a8b9c0d1e2f3a4b5");
        assertThat(MDC.get("request")).as("the worker thread serves other requests next").isNull();
    }

    @Test
    void anythingButAPlainToken_isReplaced() {
        assertThat(RequestIdFilter.requestId(null)).matches("[0-9a-f]{32}");
        assertThat(RequestIdFilter.requestId("short")).matches("[0-9a-f]{32}");
        assertThat(RequestIdFilter.requestId("abc def ghi")).matches("[0-9a-f]{32}");
        assertThat(RequestIdFilter.requestId("id\n2026-11-27 ERROR forged")).matches("[0-9a-f]{32}");
        assertThat(RequestIdFilter.requestId("x".repeat(65))).matches("[0-9a-f]{32}");
        assertThat(RequestIdFilter.requestId("req_2026.11-27")).isEqualTo("req_2026.11-27");
    }
}
