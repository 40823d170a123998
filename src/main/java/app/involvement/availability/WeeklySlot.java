package app.involvement.availability;

import java.time.DayOfWeek;

/** A part of a weekday the partner is usually free, e.g. Tuesday afternoon. */
public record WeeklySlot(DayOfWeek day, PartOfDay part) {
}
