package app.involvement.retention;

import java.time.LocalDate;
import java.time.Month;
import java.util.EnumMap;
import java.util.Map;

/**
 * For a run on a given day, the day before which each kind of data goes (DD049). The job uses it with today; the
 * preview with the day a month ahead, so it shows what a run then removes.
 * <ul>
 * <li>inactive partners: last involved and last change of status before today less the months;</li>
 * <li>finance records: kept for the years after the end of their tax year (5 April), gone from the day after that
 * anniversary: a record goes when its tax year ended before today less the years, i.e. it is dated on or before the
 * last 5 April before that day;</li>
 * <li>audit entries, sent mail: dated before today less the years or days.</li>
 * </ul>
 */
public final class RetentionCutoffs {

    private RetentionCutoffs() {
    }

    public static Map<RetentionKind, LocalDate> on(LocalDate day, RetentionPeriods periods) {
        var cutoffs = new EnumMap<RetentionKind, LocalDate>(RetentionKind.class);
        cutoffs.put(RetentionKind.INACTIVE_PARTNERS, day.minusMonths(periods.inactivePartnerMonths()));
        cutoffs.put(RetentionKind.FINANCE_RECORDS, lastTaxYearEndBefore(day.minusYears(periods.financeYears()))
                .plusDays(1));
        cutoffs.put(RetentionKind.AUDIT_ENTRIES, day.minusYears(periods.auditYears()));
        cutoffs.put(RetentionKind.SENT_MAIL, day.minusDays(periods.sentMailDays()));
        return cutoffs;
    }

    /** The last 5 April strictly before the day. */
    static LocalDate lastTaxYearEndBefore(LocalDate day) {
        LocalDate thisYears = LocalDate.of(day.getYear(), Month.APRIL, 5);
        return thisYears.isBefore(day) ? thisYears : thisYears.minusYears(1);
    }
}
