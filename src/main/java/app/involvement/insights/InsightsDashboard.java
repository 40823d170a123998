package app.involvement.insights;

import app.involvement.provider.ActivityArea;
import app.involvement.sessions.SessionLevel;
import java.time.LocalDate;
import java.util.List;

/**
 * Every figure of the dashboard for one filter. Involvement counts completed sessions that count as involvement
 * (never simulation re-use) and the places partners attended on them ("participations").
 *
 * @param actions open and done "you said, we did" actions today; null when the feedback module is not there
 */
public record InsightsDashboard(InsightsFilter filter, LocalDate today, List<AreaProgrammeYear> byAreaProgrammeYear,
        List<LevelCount> levels, Reach reach, List<Concentration> concentration, List<Coverage> coverage,
        List<TrainingCompliance> training, Turnaround turnaround, Actions actions, PoolMovement pool) {

    public InsightsDashboard {
        byAreaProgrammeYear = List.copyOf(byAreaProgrammeYear);
        levels = List.copyOf(levels);
        concentration = List.copyOf(concentration);
        coverage = List.copyOf(coverage);
        training = List.copyOf(training);
    }

    /** Completed sessions, participations and partner minutes of one programme in one area and academic year. */
    public record AreaProgrammeYear(AcademicYear year, ActivityArea area, Long programmeId, String programme,
            long sessions, long participations, long partnerMinutes) {
    }

    public record LevelCount(SessionLevel level, long sessions) {
    }

    /** Distinct partners who attended, completed sessions, participations and the partners' time in minutes. */
    public record Reach(long sessions, long partners, long participations, long partnerMinutes) {
    }

    /**
     * How much of a programme's involvement a few partners carry. {@code topFive} and {@code topTenPercent} are the
     * participations of the five busiest partners and of the busiest 10% (rounded up: 3 of 25 partners, 1 of 10); the Herfindahl index is the
     * sum of the squared shares, from 1/partners (evenly spread) to 1 (one partner does everything).
     */
    public record Concentration(Long programmeId, String programme, long partners, long participations, long topFive,
            long topTenPercent, long sumOfSquares) {

        public double topFiveShare() {
            return participations == 0 ? 0 : (double) topFive / participations;
        }

        public double topTenPercentShare() {
            return participations == 0 ? 0 : (double) topTenPercent / participations;
        }

        public double herfindahl() {
            return participations == 0 ? 0 : (double) sumOfSquares / ((double) participations * participations);
        }
    }

    /**
     * Experience brought to a programme's involvement against what its definition asks for: the provider's current
     * (not retired) experience categories, counted only for a programme with a definition (DD040).
     */
    public record Coverage(Long programmeId, String programme, boolean defined, long needed, long covered) {

        public double share() {
            return needed == 0 ? 0 : (double) covered / needed;
        }
    }

    /** Partners in the pool (active) whose record of a required module is current, expired or missing. */
    public record TrainingCompliance(Long moduleId, String module, long current, long expired, long missing) {

        public long total() {
            return current + expired + missing;
        }
    }

    /** Days from submitting a claim to paying it, for claims paid in the period (nearest-rank percentiles). */
    public record Turnaround(long claimsPaid, Long medianDays, Long ninetiethPercentileDays) {
    }

    public record Actions(long open, long overdue, long done) {
    }

    /** Partners who joined and left in the period, and active partners with no counted involvement for a year. */
    public record PoolMovement(long joiners, long leavers, long active, long inactive) {
    }
}
