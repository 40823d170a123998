package app.involvement.erasure;

import java.time.Instant;
import java.util.List;

/**
 * What the lead sees before erasing one partner: the request (absent when erasing on the person's behalf), the
 * name to type as the second confirmation, and every reason not to erase yet, in the reader's language.
 *
 * @param requestId  null for an erasure on the person's behalf not yet made
 * @param blockers   empty when the partner may be erased now
 */
public record ErasureCase(Long requestId, Long partnerId, String preferredName, ErasureOrigin origin,
        ErasureStatus status, ErasureGround ground, String reason, Instant requestedAt, Instant closedAt,
        List<String> blockers) {

    public ErasureCase {
        blockers = List.copyOf(blockers);
    }

    public boolean erasable() {
        return blockers.isEmpty() && (status == null || status == ErasureStatus.OPEN);
    }
}
