package app.involvement.erasure;

import java.time.Instant;

/** The signed-in partner's open request to leave, as they see it. */
public record MyErasureRequest(Long id, String reason, Instant requestedAt) {
}
