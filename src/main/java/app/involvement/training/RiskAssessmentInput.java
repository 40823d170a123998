package app.involvement.training;

import java.time.LocalDate;

/**
 * A risk assessment for an activity type; optionally for one planned session of it, named in free text
 * with its date (sessions are not in the portal yet, DD023). The review date must be after the
 * assessment date.
 */
public record RiskAssessmentInput(Long activityTypeId, String sessionReference, LocalDate sessionDate, String hazards,
        String whoMayBeHarmed, String controls, Long reviewerUserId, LocalDate assessedOn, LocalDate reviewOn) {
}
