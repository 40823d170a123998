package app.involvement.payments.internal;

import java.time.LocalDate;

/** What a claim keeps of the session it pays for. */
record HeldSession(Long sessionId, String title, LocalDate heldOn, Long activityTypeId, int durationMinutes,
        boolean onlineOnly) {
}
