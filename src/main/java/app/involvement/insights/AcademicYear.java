package app.involvement.insights;

import java.time.LocalDate;
import java.time.Month;

/**
 * A UK academic year, 1 September to 31 August (both days included), named by the calendar year it starts in:
 * {@code new AcademicYear(2025)} runs from 1 September 2025 to 31 August 2026 and reads "2025/26".
 */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {

    public AcademicYear {
        if (startYear < InsightsLimits.FIRST_ACADEMIC_YEAR || startYear > InsightsLimits.LAST_ACADEMIC_YEAR) {
            throw new IllegalArgumentException("Academic year out of range: " + startYear);
        }
    }

    /** The academic year a day falls in: September onwards belongs to the year starting that September. */
    public static AcademicYear of(LocalDate day) {
        return new AcademicYear(day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    public AcademicYear previous() {
        return new AcademicYear(startYear - 1);
    }

    /** "2025/26". */
    public String label() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(startYear, other.startYear);
    }
}
