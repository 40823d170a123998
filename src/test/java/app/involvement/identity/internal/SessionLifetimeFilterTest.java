package app.involvement.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** However active a person is, their session ends after its absolute lifetime. */
class SessionLifetimeFilterTest {

    private final SessionLifetimeFilter filter = new SessionLifetimeFilter(Duration.ofHours(12));

    @Test
    void sessionOlderThanItsLifetime_isEnded() throws Exception {
        var session = new MockHttpSession() {
            @Override
            public long getCreationTime() {
                return System.currentTimeMillis() - Duration.ofHours(12).plusMinutes(1).toMillis();
            }
        };
        filter.doFilter(request(session), new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void youngerSession_isKept() throws Exception {
        var session = new MockHttpSession();
        filter.doFilter(request(session), new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).isFalse();
    }

    private static MockHttpServletRequest request(MockHttpSession session) {
        var request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        return request;
    }
}
