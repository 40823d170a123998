package app.involvement.erasure;

import java.time.Instant;

/** One line of the lead's list; the name is the pool's (after erasure, the pool's placeholder). */
public record ErasureRequestRow(Long id, Long partnerId, String partnerName, ErasureOrigin origin, ErasureStatus status,
        Instant requestedAt, Instant closedAt) {
}
