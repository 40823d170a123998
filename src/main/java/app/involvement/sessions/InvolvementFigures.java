package app.involvement.sessions;

import app.involvement.provider.ActivityArea;
import java.time.LocalDate;
import java.util.List;

/**
 * Aggregate figures on involvement for the insights dashboard and the pitfall indicators (DD040). Each method is one
 * aggregate query over the current provider; only completed sessions that count as involvement (never
 * {@link SessionKind#SIMULATION_REUSE}) and the places partners attended on them ("participations") are counted.
 */
public interface InvolvementFigures {

    /**
     * Which involvement to count: sessions held from {@code from} to {@code to} (both days included), optionally of
     * one programme and one area.
     */
    record Scope(LocalDate from, LocalDate to, Long programmeId, ActivityArea area) {
    }

    /** Sessions, participations and partner minutes per academic year (by its first calendar year), area and programme. */
    record AreaProgrammeYearRow(int academicYear, ActivityArea area, Long programmeId, String programme, long sessions,
            long participations, long partnerMinutes) {
    }

    record LevelRow(SessionLevel level, long sessions) {
    }

    record ReachRow(long sessions, long partners, long participations, long partnerMinutes) {
    }

    /**
     * Participations of the busiest partners of a programme (or of all programmes when {@code programmeId} is null):
     * of the {@code top} busiest, of the busiest tenth (rounded up, so at least one) and the sum of each partner's squared count.
     */
    record ConcentrationRow(Long programmeId, String programme, long partners, long participations, long top,
            long topTenth, long sumOfSquares) {
    }

    /** Distinct current experience categories the attending partners brought to a programme, and whether it is defined. */
    record CoverageRow(Long programmeId, String programme, boolean defined, long participations, long covered) {
    }

    List<AreaProgrammeYearRow> byAreaProgrammeYear(Scope scope);

    List<LevelRow> levels(Scope scope);

    ReachRow reach(Scope scope);

    /** One row per programme with counted participations, busiest first by top-{@code top} share. */
    List<ConcentrationRow> concentrationByProgramme(Scope scope, int top);

    /** All the scope's programmes together. */
    ConcentrationRow concentration(Scope scope, int top);

    /** One row per programme of the scope (every programme when it names none). */
    List<CoverageRow> coverage(Scope scope);

    /** The provider's current (not retired) experience categories. */
    long currentExperienceCategories();

    /**
     * Active partners in the pool since before {@code since} who attended no counted session from {@code since} to
     * {@code today}.
     */
    long inactivePartners(LocalDate since, LocalDate today);

    /** The day of the earliest completed session, or null without any. */
    LocalDate firstSessionDay();
}
