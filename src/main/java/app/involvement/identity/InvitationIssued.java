package app.involvement.identity;

import java.time.Instant;

/**
 * An invitation was created; the link must reach the invited person. The raw link exists only in
 * this event and in the outgoing message, never in the invitation table.
 */
public record InvitationIssued(Long tenantId, String providerName, String partnerTerm, String email, Role role,
        String link, Instant expiresAt) {
}
