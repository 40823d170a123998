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
}
