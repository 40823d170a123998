package app.involvement.availability;

import java.time.LocalDate;

/**
 * "Who is free": a date and part of day, optionally only partners interested in an activity type
 * and only those with an experience category (consent in force).
 */
public record SlotQuery(LocalDate date, PartOfDay part, Long activityTypeId, Long experienceCategoryId) {
}
