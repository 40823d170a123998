package app.involvement.payments;

import java.time.LocalDate;
import java.time.Month;

/** A UK tax year, 6 April to 5 April, named by the calendar year it starts in. */
public record TaxYear(int startYear) {

    public static TaxYear of(LocalDate day) {
        LocalDate start = LocalDate.of(day.getYear(), Month.APRIL, 6);
        return new TaxYear(day.isBefore(start) ? day.getYear() - 1 : day.getYear());
    }

    public LocalDate from() {
        return LocalDate.of(startYear, Month.APRIL, 6);
    }

    public LocalDate to() {
        return LocalDate.of(startYear + 1, Month.APRIL, 5);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from()) && !day.isAfter(to());
    }

    /** "2026–27". */
    public String label() {
        return startYear + "\u2013" + String.format("%02d", (startYear + 1) % 100);
    }
}
