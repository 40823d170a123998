package app.involvement.insights;

import app.involvement.provider.ActivityArea;

/**
 * What the dashboard shows: one academic year (the year charts compare it with the years before), and optionally
 * one programme and one area of involvement. The service checks the year against today and the programme against
 * the current provider; a bad filter is refused with a {@link app.involvement.shared.BusinessRuleException}.
 */
public record InsightsFilter(AcademicYear year, Long programmeId, ActivityArea area) {

    public static InsightsFilter of(AcademicYear year) {
        return new InsightsFilter(year, null, null);
    }
}
