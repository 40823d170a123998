package app.involvement.availability;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The signed-in partner's own availability in the current provider. */
public interface MyAvailability {

    Set<WeeklySlot> pattern();

    /** Replaces the weekly pattern. */
    void savePattern(Set<WeeklySlot> slots);

    /** Today's and future exceptions, soonest first. */
    List<AvailabilityException> exceptions();

    /**
     * @throws app.involvement.shared.BusinessRuleException when the end is before the start, the span is
     *         too long, it overlaps another exception, or the note is too long
     */
    void addException(LocalDate from, LocalDate to, boolean available, String note);

    void removeException(Long exceptionId);
}
