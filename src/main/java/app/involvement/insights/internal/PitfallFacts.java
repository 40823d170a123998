package app.involvement.insights.internal;

import app.involvement.provider.ProgrammeFigures.ProgrammeGap;
import app.involvement.sessions.InvolvementFigures.ConcentrationRow;
import app.involvement.sessions.InvolvementFigures.CoverageRow;
import java.util.List;

/**
 * What the pitfall rules look at, gathered by aggregate queries over the last 12 months. A null figure is not
 * recorded in this portal (its module is not there), so its indicator is {@code UNKNOWN}, never "clear".
 */
record PitfallFacts(ConcentrationRow overall, List<CoverageRow> coverage, long currentCategories,
        List<ProgrammeGap> gaps, long gapCount, Boolean hasStrategy, Long objectives, Long notEvaluated,
        Long overdueActions, long joiners, long leavers, long active) {
}
