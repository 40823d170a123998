package app.involvement.sessions;

import java.util.Collection;
import java.util.List;

/**
 * Offers and places (DD027). Accepting locks the session's row, so two partners taking the last place at the same
 * moment get exactly one place between them. Every id is checked against the provider, and a partner's against
 * themselves; a tampered id is refused and logged.
 */
public interface Offers {

    /** Staff: everyone asked for the session, in the order they were asked (bounded). */
    List<OfferRow> forSession(Long sessionId);

    /**
     * Staff: offers the session to partners who are eligible now; returns how many offers were sent.
     *
     * @throws app.involvement.shared.BusinessRuleException for a past or not planned session, nobody chosen, too
     *         many at once, or a partner who is not eligible (nothing is sent then)
     */
    int send(Long sessionId, Collection<Long> partnerIds);

    /** Staff, coordinator-confirms mode: gives an accepted partner a place (never beyond the target). */
    void confirm(Long offerId);

    /** Staff: takes back an offer, or a place; a freed place goes to the next backup. */
    void retract(Long offerId);

    /** Partner: accepts their own open, unexpired offer on a future session. */
    AcceptOutcome accept(Long offerId);

    /** Partner: declines their own open offer. */
    void decline(Long offerId);

    /**
     * Partner: gives up their place or backup slot (no penalty; the reason is optional). A freed place is offered
     * to the next backup at once and the coordinator is told; below the minimum, the lead is told too.
     */
    void withdraw(Long offerId, String reason);

    /** Job: marks offers past their expiry as expired; returns how many. Runs for every provider. */
    int expireDue();
}
