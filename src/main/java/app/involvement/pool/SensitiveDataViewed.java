package app.involvement.pool;

import java.time.Instant;

/**
 * A staff member opened a partner's sensitive information; published in the opening transaction, so the record of
 * the look is kept or lost with it. The privacy module keeps the partner's "who has looked" list from it.
 *
 * @param staffRole the role the staff member acted in, e.g. {@code LEAD}
 */
public record SensitiveDataViewed(Long tenantId, Long partnerId, String staffEmail, String staffName, String staffRole,
        SensitiveSection section, Instant at) {
}
