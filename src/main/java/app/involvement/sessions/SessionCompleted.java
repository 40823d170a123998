package app.involvement.sessions;

import java.time.LocalDate;
import java.util.List;

/**
 * Attendance is recorded and the session closed. Later modules (payment claims, feedback, evaluation) start from
 * this; {@code attendedPartnerIds} are the partners marked attended. {@code onlineOnly}: held by online link with no
 * place (the online-meeting allowance of a rate card).
 */
public record SessionCompleted(Long tenantId, Long sessionId, Long programmeId, Long activityTypeId, String title,
        LocalDate heldOn, int durationMinutes, boolean onlineOnly, SessionKind kind, SessionLevel level,
        List<Long> attendedPartnerIds) {

    public SessionCompleted {
        attendedPartnerIds = List.copyOf(attendedPartnerIds);
    }
}
