package app.involvement.availability;

import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/** The three parts of a day partners say they are free in: morning before 12:00, afternoon to 17:00, evening after. */
public enum PartOfDay {
    MORNING(LocalTime.MIDNIGHT, LocalTime.NOON),
    AFTERNOON(LocalTime.NOON, LocalTime.of(17, 0)),
    /** To the end of the day (its end is given as midnight). */
    EVENING(LocalTime.of(17, 0), LocalTime.MIDNIGHT);

    private final LocalTime starts;
    private final LocalTime ends;

    PartOfDay(LocalTime starts, LocalTime ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** The first moment of the part. */
    public LocalTime starts() {
        return starts;
    }

    /** The moment after the part; midnight for the evening, meaning the end of the day. */
    public LocalTime ends() {
        return ends;
    }

    /** Whether the time from {@code start} to {@code end} (the same day) overlaps this part. */
    public boolean touchedBy(LocalTime start, LocalTime end) {
        boolean startsBeforeMyEnd = this == EVENING || start.isBefore(ends);
        return startsBeforeMyEnd && end.isAfter(starts);
    }

    /** The parts a time from {@code start} to a later {@code end} on one day overlaps. */
    public static Set<PartOfDay> touched(LocalTime start, LocalTime end) {
        var parts = EnumSet.noneOf(PartOfDay.class);
        for (PartOfDay part : values()) {
            if (part.touchedBy(start, end)) {
                parts.add(part);
            }
        }
        return parts;
    }
}
