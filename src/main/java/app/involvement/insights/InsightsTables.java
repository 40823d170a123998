package app.involvement.insights;

import app.involvement.insights.InsightsDashboard.AreaProgrammeYear;
import app.involvement.insights.InsightsDashboard.Concentration;
import app.involvement.insights.InsightsDashboard.Coverage;
import app.involvement.insights.InsightsDashboard.LevelCount;
import app.involvement.insights.InsightsDashboard.TrainingCompliance;
import app.involvement.shared.evidence.EvidenceTable;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's figures as plain tables in one language: the table alternative of each chart on the page, and the
 * same tables in the reviewer's evidence (DD040). Aggregates only: no partner appears.
 */
public final class InsightsTables {

    public static final String BY_YEAR = "insights-by-year";
    public static final String LEVELS = "insights-levels";
    public static final String REACH = "insights-reach";
    public static final String CONCENTRATION = "insights-concentration";
    public static final String COVERAGE = "insights-coverage";
    public static final String TRAINING = "insights-training";
    public static final String TURNAROUND = "insights-turnaround";
    public static final String ACTIONS = "insights-actions";
    public static final String POOL = "insights-pool";

    private final InsightsDashboard dashboard;
    private final InsightsTexts texts;

    public InsightsTables(InsightsDashboard dashboard, InsightsTexts texts) {
        this.dashboard = dashboard;
        this.texts = texts;
    }

    public List<EvidenceTable> all() {
        return List.of(byYear(), levels(), reach(), concentration(), coverage(), training(), turnaround(), actions(),
                pool());
    }

    public EvidenceTable byYear() {
        List<List<String>> rows = new ArrayList<>();
        for (AreaProgrammeYear r : dashboard.byAreaProgrammeYear()) {
            rows.add(List.of(r.year().label(), texts.get("area." + r.area().name()), r.programme(),
                    whole(r.sessions()), whole(r.participations()), hours(r.partnerMinutes())));
        }
        return table(BY_YEAR, "insights.by-year", rows, "insights.column.year", "insights.column.area",
                "insights.column.programme", "insights.column.sessions", "insights.column.participations",
                "insights.column.hours");
    }

    public EvidenceTable levels() {
        long total = dashboard.levels().stream().mapToLong(LevelCount::sessions).sum();
        List<List<String>> rows = new ArrayList<>();
        for (LevelCount level : dashboard.levels()) {
            rows.add(List.of(texts.get("sessions.level." + level.level().name()), whole(level.sessions()),
                    percent(total == 0 ? 0 : (double) level.sessions() / total)));
        }
        return table(LEVELS, "insights.levels", rows, "insights.column.level", "insights.column.sessions",
                "insights.column.share");
    }

    public EvidenceTable reach() {
        var reach = dashboard.reach();
        return table(REACH, "insights.reach", List.of(
                List.of(texts.get("insights.reach.sessions"), whole(reach.sessions())),
                List.of(texts.get("insights.reach.partners"), whole(reach.partners())),
                List.of(texts.get("insights.reach.participations"), whole(reach.participations())),
                List.of(texts.get("insights.reach.hours"), hours(reach.partnerMinutes()))),
                "insights.column.measure", "insights.column.value");
    }

    public EvidenceTable concentration() {
        List<List<String>> rows = new ArrayList<>();
        for (Concentration c : dashboard.concentration()) {
            rows.add(List.of(c.programme(), whole(c.partners()), whole(c.participations()), percent(c.topFiveShare()),
                    percent(c.topTenPercentShare()), decimal(c.herfindahl(), 3)));
        }
        return table(CONCENTRATION, "insights.concentration", rows, "insights.column.programme",
                "insights.column.partners", "insights.column.participations", "insights.column.top-five",
                "insights.column.top-ten-percent", "insights.column.herfindahl");
    }

    public EvidenceTable coverage() {
        List<List<String>> rows = new ArrayList<>();
        for (Coverage c : dashboard.coverage()) {
            rows.add(c.defined()
                    ? List.of(c.programme(), texts.get("insights.yes"), whole(c.covered()), whole(c.needed()),
                            percent(c.share()))
                    : List.of(c.programme(), texts.get("insights.no"), "", "", texts.get("insights.coverage.undefined")));
        }
        return table(COVERAGE, "insights.coverage", rows, "insights.column.programme", "insights.column.defined",
                "insights.column.covered", "insights.column.needed", "insights.column.share");
    }

    public EvidenceTable training() {
        List<List<String>> rows = new ArrayList<>();
        for (TrainingCompliance t : dashboard.training()) {
            rows.add(List.of(t.module(), whole(t.current()), whole(t.expired()), whole(t.missing()),
                    percent(t.total() == 0 ? 0 : (double) t.current() / t.total())));
        }
        return table(TRAINING, "insights.training", rows, "insights.column.module", "insights.column.current",
                "insights.column.expired", "insights.column.missing", "insights.column.share-current");
    }

    public EvidenceTable turnaround() {
        var t = dashboard.turnaround();
        return table(TURNAROUND, "insights.turnaround", List.of(
                List.of(texts.get("insights.turnaround.paid"), whole(t.claimsPaid())),
                List.of(texts.get("insights.turnaround.median"), days(t.medianDays())),
                List.of(texts.get("insights.turnaround.p90"), days(t.ninetiethPercentileDays()))),
                "insights.column.measure", "insights.column.value");
    }

    public EvidenceTable actions() {
        var a = dashboard.actions();
        List<List<String>> rows = a == null
                ? List.of(List.of(texts.get("insights.actions.unknown"), ""))
                : List.of(List.of(texts.get("insights.actions.open"), whole(a.open())),
                        List.of(texts.get("insights.actions.overdue"), whole(a.overdue())),
                        List.of(texts.get("insights.actions.done"), whole(a.done())));
        return table(ACTIONS, "insights.actions", rows, "insights.column.measure", "insights.column.value");
    }

    public EvidenceTable pool() {
        var p = dashboard.pool();
        return table(POOL, "insights.pool", List.of(
                List.of(texts.get("insights.pool.joiners"), whole(p.joiners())),
                List.of(texts.get("insights.pool.leavers"), whole(p.leavers())),
                List.of(texts.get("insights.pool.active"), whole(p.active())),
                List.of(texts.get("insights.pool.inactive"), whole(p.inactive()))),
                "insights.column.measure", "insights.column.value");
    }

    private EvidenceTable table(String key, String textKey, List<List<String>> rows, String... columnKeys) {
        List<String> columns = new ArrayList<>();
        for (String column : columnKeys) {
            columns.add(texts.get(column));
        }
        return new EvidenceTable(key, texts.get(textKey), texts.get(textKey + ".description",
                dashboard.filter().year().label()), columns, rows);
    }

    public String whole(long value) {
        return NumberFormat.getIntegerInstance(texts.locale()).format(value);
    }

    public String hours(long minutes) {
        return decimal(minutes / 60.0, 1);
    }

    public String percent(double share) {
        var format = NumberFormat.getPercentInstance(texts.locale());
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    private String days(Long days) {
        return days == null ? texts.get("insights.turnaround.none") : texts.get("insights.turnaround.days", days);
    }

    private String decimal(double value, int digits) {
        var format = NumberFormat.getNumberInstance(texts.locale());
        format.setMaximumFractionDigits(digits);
        format.setMinimumFractionDigits(digits);
        return format.format(value);
    }
}
