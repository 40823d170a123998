package app.involvement.sessions;

/**
 * The partner's side of wellbeing (DD029): an optional check-in before a session they have a place on (how they
 * feel, what would help), and a request for a debrief after it, which tells their named contact.
 */
public interface MyWellbeing {

    /** What the partner has told us for the offer's session. */
    MyWellbeingState mine(Long offerId);

    /**
     * Checks in before the session (the note is optional); checking in again replaces the note.
     *
     * @throws app.involvement.shared.BusinessRuleException when the place is not confirmed, the session is over or
     *         the note is too long
     * @throws org.springframework.security.access.AccessDeniedException for another partner's or provider's offer
     */
    void checkIn(Long offerId, String note);

    /**
     * Asks for a debrief on the day of the session or after it (the note is optional); publishes
     * {@link DebriefRequested}.
     *
     * @throws app.involvement.shared.BusinessRuleException when the partner had no place, the session is still to
     *         come, a request is already open, or the note is too long
     */
    void requestDebrief(Long offerId, String note);
}
