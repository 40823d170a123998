package app.involvement.insights;

import java.util.List;

/** The pitfall indicators of the current provider and its thresholds (DD041). */
public interface Pitfalls {

    /** Every indicator, in {@link Pitfall} order, over the last 12 months to today. Lead, coordinator, reviewer. */
    List<PitfallIndicator> indicators();

    PitfallThresholds thresholds();

    /** Lead only; refuses values outside {@link PitfallLimits}; audited. */
    PitfallThresholds updateThresholds(PitfallThresholds thresholds);
}
