package app.involvement.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.IntegrationTestBase;
import app.involvement.StatementCounter;
import app.involvement.identity.MembershipView;
import app.involvement.identity.PortalUser;
import app.involvement.identity.Role;
import app.involvement.pool.internal.BulkDemoPartners;
import app.involvement.tenancy.ProviderService;
import app.involvement.tenancy.TenantContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * On demand only ({@code -Dit.test=MatchingBenchmarkIT -Dinvolvement.benchmark=true}; add {@code -Pmariadb} for
 * MariaDB): in a provider of 10,000 partners, where some are trained, free, busy on another session and involved
 * this year, matching one session is the same few statements on every page, and the time per page is printed. It
 * asserts nothing about time.
 */
@EnabledIfSystemProperty(named = "involvement.benchmark", matches = "true")
class MatchingBenchmarkIT extends IntegrationTestBase {

    private static final int ROUNDS = 20;

    @Autowired
    private Matching matching;

    @Autowired
    private Sessions sessions;

    @Autowired
    private ProviderService providers;

    @Autowired
    private Clock clock;

    @Test
    void matchingOneSession_isABoundedNumberOfStatements_andPrintsItsTime() {
        new BulkDemoPartners(10_000, providers, jdbc, clock).run(null);
        Long bulk = providerId("BULK");
        var coordinator = new PortalUser(-1L, "benchmark@bulk.example", "Benchmark", null, false, null,
                new MembershipView(-1L, bulk, "Bulk Demo University", Role.COORDINATOR));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(coordinator, null, coordinator.getAuthorities()));
        var fixtures = new SessionFixtures(jdbc, bulk);
        Long type = fixtures.activityType();
        Long category = jdbc.queryForObject("select min(id) from experience_category where tenant_id = ?", Long.class,
                bulk);
        LocalDate wednesday = LocalDate.now().plusDays(30).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        var sessionIds = TenantContext.runAs(bulk, () -> List.of(
                sessions.create(SessionFixtures.input(fixtures.programme(), type, wednesday, LocalTime.of(11, 0), 120,
                        1, 5, OfferMode.FIRST_COME, SessionKind.INVOLVEMENT, Set.of())),
                sessions.create(SessionFixtures.input(fixtures.programme(), type, wednesday, LocalTime.of(11, 0), 120,
                        1, 5, OfferMode.FIRST_COME, SessionKind.INVOLVEMENT, Set.of(category))),
                sessions.create(SessionFixtures.input(fixtures.programme(), type, wednesday, LocalTime.of(12, 0), 60,
                        1, 50, OfferMode.FIRST_COME, SessionKind.INVOLVEMENT, Set.of()))));
        populate(bulk, fixtures, type, wednesday, sessionIds);
        long active = jdbc.queryForObject("select count(*) from partner where tenant_id = ? and status = 'ACTIVE'",
                Long.class, bulk);

        System.out.printf("%nMatching benchmark: %d partners in BULK (%d active), page size 50, %d rounds each%n",
                jdbc.queryForObject("select count(*) from partner where tenant_id = ?", Long.class, bulk), active,
                ROUNDS);
        TenantContext.runAs(bulk, () -> {
            for (var named : List.of(new Named("training required", sessionIds.get(0)),
                    new Named("+ experience required", sessionIds.get(1)))) {
                for (int page : List.of(0, 50)) {
                    StatementCounter.reset();
                    var rows = matching.candidates(named.session(), PageRequest.of(page, 50));
                    long count = matching.count(named.session());
                    assertThat(StatementCounter.count()).as("session + page, session + count").isEqualTo(4);
                    assertThat(rows).hasSize(50);
                    if (page == 0) {
                        assertThat(rows).as("the eligible come first").allMatch(MatchCandidate::eligible);
                    }
                    assertThat(count).isEqualTo(active);
                    long started = System.nanoTime();
                    for (int i = 0; i < ROUNDS; i++) {
                        matching.candidates(named.session(), PageRequest.of(page, 50));
                    }
                    long eligible = rows.stream().filter(MatchCandidate::eligible).count();
                    System.out.printf("  %-22s page %3d: %7.2f ms per page (%d of 50 eligible on it)%n", named.name(),
                            page, (System.nanoTime() - started) / 1e6 / ROUNDS, eligible);
                }
            }
        });
        SecurityContextHolder.clearContext();
    }

    /**
     * A module the type requires, confirmed for three partners in four; weekly mornings and afternoons for four in
     * five; a place on an overlapping session for one in seven of the first 350; an attended session this year for
     * one in five.
     */
    private void populate(Long bulk, SessionFixtures fixtures, Long type, LocalDate day, List<Long> sessionIds) {
        Long module = fixtures.requiredModule(type);
        Date longAgo = Date.valueOf(LocalDate.now().minusMonths(6));
        jdbc.update("insert into training_record (version, tenant_id, partner_id, module_id, completed_on, confirmed)"
                + " select 0, tenant_id, id, ?, ?, true from partner where tenant_id = ? and mod(id, 4) <> 3", module,
                longAgo, bulk);
        for (String part : List.of("MORNING", "AFTERNOON")) {
            jdbc.update("insert into weekly_availability (version, tenant_id, partner_id, day_of_week, part_of_day)"
                    + " select 0, tenant_id, id, ?, ? from partner p where tenant_id = ? and mod(id, 5) <> 4"
                    + " and not exists (select 1 from weekly_availability w where w.tenant_id = p.tenant_id"
                    + " and w.partner_id = p.id and w.day_of_week = ? and w.part_of_day = ?)",
                    day.getDayOfWeek().getValue(), part, bulk, day.getDayOfWeek().getValue(), part);
        }
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into session_offer (version, tenant_id, session_id, partner_id, status, offered_at)"
                + " select 0, tenant_id, ?, id, 'CONFIRMED', ? from partner where tenant_id = ? and mod(id, 7) = 0"
                + " and status = 'ACTIVE' and id < (select min(id) + 350 from partner where tenant_id = ?)",
                sessionIds.get(2), now, bulk, bulk);
        Long past = TenantContext.runAs(bulk, () -> sessions.create(SessionFixtures.input(fixtures.programme(), type,
                LocalDate.now().plusDays(1), LocalTime.of(9, 0), 60, 1, 1, OfferMode.FIRST_COME,
                SessionKind.INVOLVEMENT, Set.of())));
        jdbc.update("update involvement_session set status = 'COMPLETED', held_on = ? where id = ?",
                Date.valueOf(LocalDate.now()), past);
        jdbc.update("insert into session_offer (version, tenant_id, session_id, partner_id, status, offered_at,"
                + " attendance) select 0, tenant_id, ?, id, 'CONFIRMED', ?, 'ATTENDED' from partner"
                + " where tenant_id = ? and mod(id, 5) = 0", past, now, bulk);
    }

    private record Named(String name, Long session) {
    }
}
