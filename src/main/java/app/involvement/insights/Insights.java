package app.involvement.insights;

import java.util.List;

/**
 * The insights dashboard of the current provider (DD040): every figure comes from aggregate queries, never from
 * rows loaded into memory, and simulation re-use never counts as involvement. Lead and coordinator only.
 */
public interface Insights {

    /** All figures for a filter; refuses an academic year after the current one or another provider's programme. */
    InsightsDashboard dashboard(InsightsFilter filter);

    /** The programmes the filter may name (id and name), for the filter form. */
    List<ProgrammeChoice> programmes();

    /** The academic years the filter offers, newest first: the current one and those before it with sessions. */
    List<AcademicYear> years();

    record ProgrammeChoice(Long id, String name) {
    }
}
