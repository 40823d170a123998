package app.involvement.identity;

import app.involvement.shared.Language;
import java.time.Instant;

/**
 * An invitation was created; the link must reach the invited person. The raw link exists only in
 * this event and in the outgoing message, never in the invitation table. The language is the
 * invitee's own if they have an account that has one, else the provider's default.
 */
public record InvitationIssued(Long tenantId, String providerName, String partnerTerm, String email, Role role,
        String link, Instant expiresAt, Language language) {
}
