package app.involvement.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/**
 * However active a person is, their session ends after its absolute lifetime; without a user action
 * it ends after the idle timeout, and Vaadin's heartbeats do not count as actions.
 */
class SessionLifetimeFilterTest {

    private static final Duration IDLE = Duration.ofMinutes(30);

    private final SessionLifetimeFilter filter = new SessionLifetimeFilter(Duration.ofHours(12), IDLE);

    @Test
    void sessionOlderThanItsLifetime_isEnded() throws Exception {
        var session = new MockHttpSession() {
            @Override
            public long getCreationTime() {
                return System.currentTimeMillis() - Duration.ofHours(12).plusMinutes(1).toMillis();
            }
        };
        session.setAttribute(SessionLifetimeFilter.LAST_ACTION, System.currentTimeMillis());
        filter.doFilter(request(session, "uidl"), new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void youngerSession_isKept() throws Exception {
        var session = new MockHttpSession();
        filter.doFilter(request(session, null), new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void noUserActionForTheIdleTimeout_endsTheSession_evenWithHeartbeats() throws Exception {
        var session = new MockHttpSession();
        idleFor(session, IDLE.minusMinutes(1));
        filter.doFilter(request(session, "heartbeat"), new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).as("a heartbeat within the idle timeout").isFalse();
        assertThat(idle(session)).as("the heartbeat did not count as an action").isGreaterThan(IDLE.minusMinutes(2).toMillis());

        idleFor(session, IDLE.plusSeconds(1));
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        filter.doFilter(request(session, "heartbeat"), response, chain);
        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getStatus()).as("Vaadin's answer to a heartbeat of an expired session").isEqualTo(403);
        assertThat(chain.getRequest()).as("the heartbeat went no further").isNull();
    }

    @Test
    void aUserAction_restartsTheIdleTimeout() throws Exception {
        var session = new MockHttpSession();
        idleFor(session, IDLE.minusMinutes(1));
        filter.doFilter(request(session, "uidl"), new MockHttpServletResponse(), new MockFilterChain());
        assertThat(idle(session)).isLessThan(Duration.ofMinutes(1).toMillis());
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void aUserActionAfterTheIdleTimeout_comesTooLate() throws Exception {
        var session = new MockHttpSession();
        idleFor(session, IDLE.plusSeconds(1));
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        filter.doFilter(request(session, "uidl"), response, chain);
        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getContentAsString()).as("Vaadin's 'session expired', on which the page reloads")
                .contains("sessionExpired");
        assertThat(chain.getRequest()).as("the click went no further").isNull();
    }

    private static void idleFor(MockHttpSession session, Duration idle) {
        session.setAttribute(SessionLifetimeFilter.LAST_ACTION, System.currentTimeMillis() - idle.toMillis());
    }

    private static long idle(MockHttpSession session) {
        return System.currentTimeMillis() - (Long) session.getAttribute(SessionLifetimeFilter.LAST_ACTION);
    }

    private static MockHttpServletRequest request(MockHttpSession session, String vaadinRequestType) {
        var request = new MockHttpServletRequest("POST", "/");
        if (vaadinRequestType != null) {
            request.setParameter("v-r", vaadinRequestType);
        }
        request.setSession(session);
        return request;
    }
}
