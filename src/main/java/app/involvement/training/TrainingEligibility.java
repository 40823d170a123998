package app.involvement.training;

import java.time.LocalDate;

/**
 * Used by later modules (sessions, offers): whether a partner has every module an activity type requires,
 * confirmed and still valid on a date. Training is valid up to and including its {@code validUntil} day.
 */
public interface TrainingEligibility {

    /**
     * @throws org.springframework.security.access.AccessDeniedException for a partner or activity type
     *         this provider does not hold
     */
    Preparedness check(Long partnerId, Long activityTypeId, LocalDate on);
}
