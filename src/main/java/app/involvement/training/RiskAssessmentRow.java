package app.involvement.training;

import java.time.LocalDate;

/** A risk assessment as the list shows it; {@code reviewDue} when the review date has come. */
public record RiskAssessmentRow(Long id, Long activityTypeId, String activityTypeName, String sessionReference,
        LocalDate sessionDate, String reviewerName, LocalDate assessedOn, LocalDate reviewOn, boolean reviewDue) {
}
