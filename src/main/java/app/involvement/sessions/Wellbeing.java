package app.involvement.sessions;

import java.util.List;

/**
 * Optional check-in before a session and debrief after it. A partner asks for a debrief on their own session
 * (their named contact is told); coordinators see and close open requests.
 */
public interface Wellbeing {

    /** Staff: open debrief requests, oldest first (bounded). */
    List<DebriefRequest> openDebriefs();

    /** Staff: how many debrief requests are open. */
    long openDebriefCount();

    /**
     * Staff: closes an open debrief request (the debrief took place or was arranged); audited.
     *
     * @throws org.springframework.security.access.AccessDeniedException for an unknown or another provider's request
     * @throws app.involvement.shared.BusinessRuleException when it is already closed
     */
    void close(Long requestId);

    /** Staff: the partners' check-ins for a session, newest first (bounded). */
    List<CheckIn> checkIns(Long sessionId);
}
