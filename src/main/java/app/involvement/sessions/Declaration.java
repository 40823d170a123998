package app.involvement.sessions;

import java.time.Instant;

/**
 * A partner's declaration for a session: confidentiality confirmed (null when not) and any conflict of interest.
 * {@code preferredName} is for staff; the partner's own view has their name too.
 */
public record Declaration(Long sessionId, Long partnerId, String preferredName, Instant confidentialityConfirmedAt,
        boolean conflict, String conflictDetails, Instant declaredAt) {

    public boolean confidentialityConfirmed() {
        return confidentialityConfirmedAt != null;
    }
}
