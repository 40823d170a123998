package app.involvement.sessions;

import java.util.List;
import java.util.Optional;

/**
 * Before a session, the partner holding a place confirms confidentiality and declares any conflict of interest
 * (e.g. knows an applicant). A conflict alerts the coordinator ({@link ConflictDeclared}). DD029.
 */
public interface Declarations {

    /**
     * Partner: declares for their own confirmed place; a new declaration replaces the earlier one.
     *
     * @throws app.involvement.shared.BusinessRuleException when the place is not confirmed or the session is over,
     *         confidentiality is needed and not confirmed, a conflict has no details, or the details are too long
     * @throws org.springframework.security.access.AccessDeniedException for another partner's or provider's offer
     */
    void declare(Long offerId, boolean confidentiality, boolean conflict, String conflictDetails);

    /** Partner: their own declaration for the offer's session, if made. */
    Optional<Declaration> mine(Long offerId);

    /** Staff: every declaration on the session, conflicts first (bounded). */
    List<Declaration> forSession(Long sessionId);
}
