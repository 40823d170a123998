package app.involvement.identity;

import java.time.Instant;

/** An invitation of the current provider that has not been accepted yet. */
public record PendingInvitation(Long invitationId, String email, Role role, Instant expiresAt) {
}
