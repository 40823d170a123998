package app.involvement.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.involvement.IntegrationTestBase;
import app.involvement.insights.InsightsDashboard.AreaProgrammeYear;
import app.involvement.insights.InsightsDashboard.Concentration;
import app.involvement.insights.InsightsDashboard.Coverage;
import app.involvement.insights.InsightsDashboard.LevelCount;
import app.involvement.provider.ActivityArea;
import app.involvement.sessions.SessionLevel;
import app.involvement.shared.BusinessRuleException;
import app.involvement.tenancy.TenantContext;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The dashboard's figures on a provider made row by row, so every answer is known by hand (DD040): 12 partners on
 * programme A do 10, 8, 6, 4, 2 and seven times 1 places (37), simulation re-use and no-shows that must not count,
 * sessions either side of the 31 August / 1 September boundary, claims paid after 1–9 and 30 days.
 */
class InsightsMetricsIT extends IntegrationTestBase {

    private static final AcademicYear YEAR = new AcademicYear(2024);
    private static final AcademicYear NEXT = new AcademicYear(2025);
    private static final LocalDate JOINED = LocalDate.of(2023, 6, 1);

    @Autowired
    private Insights insights;

    private InsightsFixture data;
    private long programmeA;
    private long programmeB;

    @BeforeEach
    void provider() {
        data = InsightsFixture.newProvider(jdbc);
        programmeA = data.programme("A Physiotherapy", true, true);
        data.define(programmeA);
        programmeB = data.programme("B Occupational therapy", true, false);
        long teaching = data.type("Teaching", "LEARNER_FACING");
        long board = data.type("Board", "GOVERNANCE");
        long[] p = new long[16];
        for (int i = 1; i <= 13; i++) {
            p[i] = data.partner("P" + i, JOINED);
        }
        p[14] = data.partner("P14 joiner", LocalDate.of(2025, 2, 1));
        p[15] = data.partner("P15 leaver", JOINED);
        data.left(p[15], LocalDate.of(2025, 3, 1));

        int[] sessionsAttended = {0, 10, 8, 6, 4, 2};
        for (int s = 0; s < 10; s++) {
            LocalDate day = LocalDate.of(2024, 10, 1).plusWeeks(s);
            long session = data.session(programmeA, teaching, day, s < 6 ? "INVOLVED" : "CO_PRODUCED");
            for (int i = 1; i <= 5; i++) {
                if (s < sessionsAttended[i]) {
                    data.attend(session, p[i]);
                }
            }
            if (s < 7) {
                data.attend(session, p[6 + s]);
            }
            if (s == 0) {
                data.offer(session, p[13], "NO_SHOW");
            }
            // paid after 1..9 days, the last after 30
            data.paidClaim(session, p[1], teaching, day.plusDays(1), day.plusDays(1 + (s == 9 ? 30 : s + 1)));
        }
        long reuse = data.session(programmeA, teaching, LocalDate.of(2024, 11, 15), "INFORMED", "SIMULATION_REUSE",
                "COMPLETED");
        for (int i = 2; i <= 13; i++) {
            data.attend(reuse, p[i]);
        }
        data.paidClaim(reuse, p[2], teaching, LocalDate.of(2024, 11, 16), LocalDate.of(2025, 2, 24));
        long planned = data.session(programmeA, teaching, LocalDate.of(2025, 5, 1), "INFORMED", "INVOLVEMENT",
                "PLANNED");
        data.offer(planned, p[12], null);

        long lastDay = data.session(programmeB, board, LocalDate.of(2025, 8, 31), "CONSULTED");
        data.attend(lastDay, p[1]);
        long firstDay = data.session(programmeB, board, LocalDate.of(2025, 9, 1), "CONSULTED");
        data.attend(firstDay, p[1], p[2]);
        data.paidClaim(firstDay, p[1], board, LocalDate.of(2025, 9, 2), LocalDate.of(2025, 9, 10));
        long recent = data.session(programmeB, board, LocalDate.now().minusDays(30), "CONSULTED");
        data.attend(recent, p[12]);

        long c1 = data.category("Stroke", false);
        long c2 = data.category("Dementia carer", false);
        data.category("Mental health", false);
        long c4 = data.category("Learning disability", false);
        long retired = data.category("Old category", true);
        data.experience(p[1], c1);
        data.experience(p[1], retired);
        data.experience(p[2], c2);
        data.experience(p[13], c4);

        long module = data.module("Involvement induction", teaching);
        data.trained(p[1], module, LocalDate.of(2099, 1, 1));
        data.trained(p[2], module, LocalDate.of(2020, 1, 1));
    }

    @Test
    void concentration_perProgramme_matchesTheHandCountedShares() {
        var dashboard = lead(() -> insights.dashboard(InsightsFilter.of(YEAR)));

        Concentration a = row(dashboard.concentration(), programmeA);
        assertThat(a.partners()).isEqualTo(12);
        assertThat(a.participations()).isEqualTo(37);
        assertThat(a.topFive()).isEqualTo(30);
        // top 10% of 12 partners, rounded up: the 2 busiest (10 + 8)
        assertThat(a.topTenPercent()).isEqualTo(18);
        assertThat(a.sumOfSquares()).isEqualTo(100 + 64 + 36 + 16 + 4 + 7);
        assertThat(a.topFiveShare()).isCloseTo(30.0 / 37, within(1e-9));
        assertThat(a.herfindahl()).isCloseTo(227.0 / (37 * 37), within(1e-9));

        Concentration b = row(dashboard.concentration(), programmeB);
        assertThat(b.participations()).isEqualTo(1);
        assertThat(b.herfindahl()).isEqualTo(1.0);
    }

    @Test
    void reachAndLevels_leaveOutSimulationReuseNoShowsAndPlannedSessions() {
        var dashboard = lead(() -> insights.dashboard(InsightsFilter.of(YEAR)));

        assertThat(dashboard.reach().sessions()).isEqualTo(11);
        assertThat(dashboard.reach().partners()).isEqualTo(12);
        assertThat(dashboard.reach().participations()).isEqualTo(38);
        assertThat(dashboard.reach().partnerMinutes()).isEqualTo(38 * 120);
        assertThat(dashboard.levels()).containsExactly(new LevelCount(SessionLevel.INFORMED, 0),
                new LevelCount(SessionLevel.CONSULTED, 1), new LevelCount(SessionLevel.INVOLVED, 6),
                new LevelCount(SessionLevel.CO_PRODUCED, 4));
    }

    @Test
    void academicYear_runsFromFirstSeptemberToThirtyFirstAugust() {
        var dashboard = lead(() -> insights.dashboard(InsightsFilter.of(NEXT)));

        assertThat(dashboard.reach().sessions()).isEqualTo(1);
        assertThat(dashboard.reach().participations()).isEqualTo(2);
        assertThat(dashboard.byAreaProgrammeYear()).containsExactly(
                new AreaProgrammeYear(YEAR, ActivityArea.GOVERNANCE, programmeB, "B Occupational therapy", 1, 1, 120),
                new AreaProgrammeYear(YEAR, ActivityArea.LEARNER_FACING, programmeA, "A Physiotherapy", 10, 37,
                        37 * 120),
                new AreaProgrammeYear(NEXT, ActivityArea.GOVERNANCE, programmeB, "B Occupational therapy", 1, 2,
                        240));
    }

    @Test
    void filters_byProgrammeAndArea_narrowEveryFigure() {
        var governance = lead(() -> insights.dashboard(new InsightsFilter(YEAR, null, ActivityArea.GOVERNANCE)));
        assertThat(governance.reach().sessions()).isEqualTo(1);
        assertThat(governance.concentration()).extracting(Concentration::programmeId).containsExactly(programmeB);
        assertThat(governance.turnaround().claimsPaid()).isZero();

        var onlyA = lead(() -> insights.dashboard(new InsightsFilter(YEAR, programmeA, null)));
        assertThat(onlyA.reach().participations()).isEqualTo(37);
        assertThat(onlyA.coverage()).extracting(Coverage::programmeId).containsExactly(programmeA);
    }

    @Test
    void coverage_countsCurrentCategoriesOfAttendingPartners_againstDefinedProgrammesOnly() {
        var dashboard = lead(() -> insights.dashboard(InsightsFilter.of(YEAR)));

        Coverage a = row(dashboard.coverage(), programmeA);
        // Stroke and Dementia carer of 4 current categories; the retired one and the re-use-only partner's don't count
        assertThat(a.defined()).isTrue();
        assertThat(a.needed()).isEqualTo(4);
        assertThat(a.covered()).isEqualTo(2);
        assertThat(a.share()).isEqualTo(0.5);
        assertThat(row(dashboard.coverage(), programmeB).defined()).isFalse();
    }

    @Test
    void turnaround_medianAndNinetiethPercentile_areNearestRankDays() {
        var dashboard = lead(() -> insights.dashboard(InsightsFilter.of(YEAR)));

        // 1..9 and 30 days; the re-use claim (100 days) and the claim paid in 2025/26 are left out
        assertThat(dashboard.turnaround().claimsPaid()).isEqualTo(10);
        assertThat(dashboard.turnaround().medianDays()).isEqualTo(5);
        assertThat(dashboard.turnaround().ninetiethPercentileDays()).isEqualTo(9);
    }

    @Test
    void trainingAndPool_countActivePartnersJoinersLeaversAndInactive() {
        var dashboard = lead(() -> insights.dashboard(InsightsFilter.of(YEAR)));

        assertThat(dashboard.training()).singleElement().satisfies(t -> {
            assertThat(t.current()).isEqualTo(1);
            assertThat(t.expired()).isEqualTo(1);
            assertThat(t.missing()).isEqualTo(12);
        });
        assertThat(dashboard.pool().joiners()).isEqualTo(1);
        assertThat(dashboard.pool().leavers()).isEqualTo(1);
        assertThat(dashboard.pool().active()).isEqualTo(14);
        // all active partners but P12, who attended a session a month ago
        assertThat(dashboard.pool().inactive()).isEqualTo(13);
    }

    @Test
    void badFilters_areRefused() {
        AcademicYear future = AcademicYear.of(LocalDate.now()).previous();
        AcademicYear afterNext = new AcademicYear(AcademicYear.of(LocalDate.now()).startYear() + 1);
        assertThat(lead(() -> insights.dashboard(InsightsFilter.of(future))).filter().year()).isEqualTo(future);
        assertThatThrownBy(() -> lead(() -> insights.dashboard(InsightsFilter.of(afterNext))))
                .isInstanceOf(BusinessRuleException.class).hasMessage("insights.error.year-future");
        Long northbridgeProgramme = jdbc.queryForObject("select min(id) from programme where tenant_id = ?",
                Long.class, providerId("NBU"));
        assertThatThrownBy(() -> lead(() -> insights.dashboard(new InsightsFilter(YEAR, northbridgeProgramme, null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static <T> T row(List<T> rows, long programme) {
        return rows.stream().filter(r -> switch (r) {
            case Concentration c -> c.programmeId() == programme;
            case Coverage c -> c.programmeId() == programme;
            default -> false;
        }).findFirst().orElseThrow();
    }

    private <T> T lead(Supplier<T> body) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                "insights-test", "n/a", List.of(new SimpleGrantedAuthority("ROLE_LEAD"))));
        try {
            return TenantContext.runAs(data.tenant(), body);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
