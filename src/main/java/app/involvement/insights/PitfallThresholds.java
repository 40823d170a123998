package app.involvement.insights;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A provider's thresholds for the pitfall indicators, each within {@link PitfallLimits} (DD041).
 *
 * @param relianceTopPartners  how many of the busiest partners "a few" means
 * @param relianceSharePercent their share of the participations (last 12 months) at which reliance fires
 * @param coveragePercent      the share of current experience categories below which a programme's range is narrow
 * @param unevaluatedSessions  completed sessions without evaluation (last 12 months) at which the indicator fires
 * @param overdueActions       overdue actions at which the indicator fires
 * @param shrinkPercent        leavers minus joiners (last 12 months), as a share of the active pool, at which it fires
 */
public record PitfallThresholds(
        @Min(PitfallLimits.MIN_TOP_PARTNERS) @Max(PitfallLimits.MAX_TOP_PARTNERS) int relianceTopPartners,
        @Min(PitfallLimits.MIN_PERCENT) @Max(PitfallLimits.MAX_PERCENT) int relianceSharePercent,
        @Min(PitfallLimits.MIN_PERCENT) @Max(PitfallLimits.MAX_PERCENT) int coveragePercent,
        @Min(PitfallLimits.MIN_COUNT) @Max(PitfallLimits.MAX_COUNT) int unevaluatedSessions,
        @Min(PitfallLimits.MIN_COUNT) @Max(PitfallLimits.MAX_COUNT) int overdueActions,
        @Min(PitfallLimits.MIN_PERCENT) @Max(PitfallLimits.MAX_PERCENT) int shrinkPercent) {

    public static PitfallThresholds defaults() {
        return new PitfallThresholds(3, 50, 50, 3, 1, 10);
    }

    /** True when every value is within its range. */
    public boolean sane() {
        return between(relianceTopPartners, PitfallLimits.MIN_TOP_PARTNERS, PitfallLimits.MAX_TOP_PARTNERS)
                && between(relianceSharePercent, PitfallLimits.MIN_PERCENT, PitfallLimits.MAX_PERCENT)
                && between(coveragePercent, PitfallLimits.MIN_PERCENT, PitfallLimits.MAX_PERCENT)
                && between(unevaluatedSessions, PitfallLimits.MIN_COUNT, PitfallLimits.MAX_COUNT)
                && between(overdueActions, PitfallLimits.MIN_COUNT, PitfallLimits.MAX_COUNT)
                && between(shrinkPercent, PitfallLimits.MIN_PERCENT, PitfallLimits.MAX_PERCENT);
    }

    private static boolean between(int value, int min, int max) {
        return value >= min && value <= max;
    }
}
