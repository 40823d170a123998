package app.involvement.insights.internal;

import app.involvement.feedback.FeedbackFigures;
import app.involvement.insights.AcademicYear;
import app.involvement.insights.Insights;
import app.involvement.insights.InsightsDashboard;
import app.involvement.insights.InsightsDashboard.Actions;
import app.involvement.insights.InsightsDashboard.AreaProgrammeYear;
import app.involvement.insights.InsightsDashboard.Concentration;
import app.involvement.insights.InsightsDashboard.Coverage;
import app.involvement.insights.InsightsDashboard.LevelCount;
import app.involvement.insights.InsightsDashboard.PoolMovement;
import app.involvement.insights.InsightsDashboard.Reach;
import app.involvement.insights.InsightsDashboard.TrainingCompliance;
import app.involvement.insights.InsightsDashboard.Turnaround;
import app.involvement.insights.InsightsFilter;
import app.involvement.insights.InsightsLimits;
import app.involvement.payments.ClaimFigures;
import app.involvement.pool.PoolFigures;
import app.involvement.provider.Programmes;
import app.involvement.sessions.InvolvementFigures;
import app.involvement.sessions.InvolvementFigures.Scope;
import app.involvement.sessions.SessionLevel;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.training.TrainingFigures;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard (DD040): a fixed number of aggregate queries per request, however many sessions the provider holds.
 * The filter is checked here as well as in the form: no academic year after the current one, and only a programme of
 * the current provider (another provider's id is refused and audited like a tampered URL).
 */
@Service
@Transactional(readOnly = true)
class DefaultInsights implements Insights {

    private final InvolvementFigures involvement;
    private final PoolFigures pool;
    private final TrainingFigures training;
    private final ClaimFigures claims;
    private final Programmes programmes;
    private final ObjectProvider<FeedbackFigures> feedback;
    private final InsightsAudit audit;
    private final Clock clock;

    DefaultInsights(InvolvementFigures involvement, PoolFigures pool, TrainingFigures training, ClaimFigures claims,
            Programmes programmes, ObjectProvider<FeedbackFigures> feedback, InsightsAudit audit, Clock clock) {
        this.involvement = involvement;
        this.pool = pool;
        this.training = training;
        this.claims = claims;
        this.programmes = programmes;
        this.feedback = feedback;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'REVIEWER')")
    public InsightsDashboard dashboard(InsightsFilter filter) {
        LocalDate today = LocalDate.now(clock.withZone(UkFormats.UK_TIME));
        check(filter, today);
        AcademicYear year = filter.year();
        Scope scope = new Scope(year.firstDay(), year.lastDay(), filter.programmeId(), filter.area());
        AcademicYear first = new AcademicYear(Math.max(InsightsLimits.FIRST_ACADEMIC_YEAR,
                year.startYear() - InsightsLimits.YEARS_COMPARED + 1));
        Scope years = new Scope(first.firstDay(), year.lastDay(), filter.programmeId(), filter.area());

        var byYear = involvement.byAreaProgrammeYear(years).stream()
                .map(r -> new AreaProgrammeYear(new AcademicYear(r.academicYear()), r.area(), r.programmeId(),
                        r.programme(), r.sessions(), r.participations(), r.partnerMinutes()))
                .toList();
        var levelCounts = new EnumMap<SessionLevel, Long>(SessionLevel.class);
        involvement.levels(scope).forEach(r -> levelCounts.put(r.level(), r.sessions()));
        List<LevelCount> levels = new ArrayList<>();
        for (SessionLevel level : SessionLevel.values()) {
            levels.add(new LevelCount(level, levelCounts.getOrDefault(level, 0L)));
        }
        var reach = involvement.reach(scope);
        var concentration = involvement.concentrationByProgramme(scope, InsightsLimits.TOP_PARTNERS).stream()
                .map(r -> new Concentration(r.programmeId(), r.programme(), r.partners(), r.participations(), r.top(),
                        r.topTenth(), r.sumOfSquares()))
                .toList();
        long categories = involvement.currentExperienceCategories();
        var coverage = involvement.coverage(scope).stream()
                .map(r -> new Coverage(r.programmeId(), r.programme(), r.defined(), r.defined() ? categories : 0,
                        r.defined() ? r.covered() : 0))
                .toList();
        var compliance = training.compliance(today, InsightsLimits.MAX_MODULES).stream()
                .map(r -> new TrainingCompliance(r.moduleId(), r.module(), r.current(), r.expired(), r.missing()))
                .toList();
        var turnaround = claims.turnaround(year.firstDay(), year.lastDay(), filter.programmeId(), filter.area());
        FeedbackFigures evaluation = feedback.getIfAvailable();
        Actions actions = null;
        if (evaluation != null) {
            var counts = evaluation.actionCounts(today);
            actions = new Actions(counts.open(), counts.overdue(), counts.done());
        }
        LocalDate inactiveSince = today.minusMonths(InsightsLimits.INACTIVE_MONTHS);
        var movement = new PoolMovement(pool.joiners(year.firstDay(), year.lastDay()),
                pool.leavers(year.firstDay(), year.lastDay()), pool.active(),
                involvement.inactivePartners(inactiveSince, today));
        return new InsightsDashboard(filter, today, byYear, levels,
                new Reach(reach.sessions(), reach.partners(), reach.participations(), reach.partnerMinutes()),
                concentration, coverage, compliance,
                new Turnaround(turnaround.claimsPaid(), turnaround.medianDays(), turnaround.ninetiethPercentileDays()),
                actions, movement);
    }

    private void check(InsightsFilter filter, LocalDate today) {
        if (filter == null || filter.year() == null) {
            throw new BusinessRuleException("insights.error.year-missing");
        }
        if (filter.year().compareTo(AcademicYear.of(today)) > 0) {
            throw new BusinessRuleException("insights.error.year-future", filter.year().label());
        }
        if (filter.programmeId() != null && programmes.find(filter.programmeId()).isEmpty()) {
            throw audit.refused("programme " + filter.programmeId());
        }
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public List<ProgrammeChoice> programmes() {
        return programmes.list(PageRequest.of(0, InsightsLimits.MAX_PROGRAMMES)).stream()
                .map(p -> new ProgrammeChoice(p.id(), p.name()))
                .toList();
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public List<AcademicYear> years() {
        AcademicYear current = AcademicYear.of(LocalDate.now(clock.withZone(UkFormats.UK_TIME)));
        LocalDate first = involvement.firstSessionDay();
        int firstStart = first == null ? current.startYear()
                : first.getMonthValue() >= 9 ? first.getYear() : first.getYear() - 1;
        int oldest = Math.max(Math.max(current.startYear() - 9, InsightsLimits.FIRST_ACADEMIC_YEAR),
                Math.min(firstStart, current.startYear()));
        List<AcademicYear> years = new ArrayList<>();
        for (int y = current.startYear(); y >= oldest; y--) {
            years.add(new AcademicYear(y));
        }
        return years;
    }
}
