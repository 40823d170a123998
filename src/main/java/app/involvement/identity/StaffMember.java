package app.involvement.identity;

import java.time.Instant;

/** A row of the staff list: one membership of the current provider. */
public record StaffMember(Long membershipId, Long userId, String displayName, String email, Role role, Instant since) {
}
