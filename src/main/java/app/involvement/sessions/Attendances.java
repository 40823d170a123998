package app.involvement.sessions;

import java.util.Map;

/** Staff, after the session: who came. */
public interface Attendances {

    /**
     * Records attendance for partners who hold a place (keys are offer ids); refuses a session that has not started.
     */
    void record(Long sessionId, Map<Long, Attendance> byOfferId);

    /**
     * Closes the session once everyone with a place has an attendance; publishes {@link SessionCompleted}.
     *
     * @throws app.involvement.shared.BusinessRuleException when someone's attendance is missing
     */
    void complete(Long sessionId);
}
