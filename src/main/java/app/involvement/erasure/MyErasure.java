package app.involvement.erasure;

import java.util.Optional;

/**
 * The signed-in partner's request to leave the current provider and be forgotten. One request is open at a time;
 * the partner may withdraw it while it is open. Found by the person's account, never by an id.
 */
public interface MyErasure {

    /** Their open request; empty when none is open (or they have no partner record here). */
    Optional<MyErasureRequest> open();

    /**
     * Asks to leave and be forgotten.
     *
     * @param reason optional, at most {@link ErasureLimits#REASON} characters
     * @throws app.involvement.shared.BusinessRuleException when a request is already open or the reason is too
     *         long; nothing is stored
     */
    Long ask(String reason);

    /**
     * Withdraws their open request.
     *
     * @throws app.involvement.shared.BusinessRuleException when none is open
     */
    void withdraw();
}
