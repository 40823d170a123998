package app.involvement.payments;

import java.util.Optional;

/**
 * The facts the claim e-mails need, for the notifications module. Its listeners run in the transaction that
 * published the event (a coordinator, finance, the session's completion), so the read names the event's provider
 * explicitly rather than relying on a signed-in person; one query.
 */
public interface PaymentMailFacts {

    /** The claim of this provider with its partner; empty for an unknown id, another provider's, or no e-mail address. */
    Optional<ClaimMailFacts> claim(Long tenantId, Long claimId);
}
