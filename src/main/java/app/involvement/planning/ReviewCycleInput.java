package app.involvement.planning;

import app.involvement.shared.ReviewKind;
import java.time.LocalDate;
import java.util.Set;

/** A review by the regulator as the lead records it: its kind, dates, the programmes it covered and a summary. */
public record ReviewCycleInput(ReviewKind kind, LocalDate startsOn, LocalDate endsOn, String summary,
        Set<Long> programmeIds) {

    public ReviewCycleInput {
        programmeIds = programmeIds == null ? Set.of() : Set.copyOf(programmeIds);
    }
}
