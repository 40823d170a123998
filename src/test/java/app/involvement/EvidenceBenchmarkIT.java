package app.involvement;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.identity.MembershipView;
import app.involvement.identity.PortalUser;
import app.involvement.identity.Role;
import app.involvement.pool.internal.BulkDemoPartners;
import app.involvement.sessions.internal.BulkDemoSessions;
import app.involvement.shared.Language;
import app.involvement.shared.evidence.EvidenceRequest;
import app.involvement.shared.evidence.EvidenceSource;
import app.involvement.shared.evidence.EvidenceTable;
import app.involvement.tenancy.ProviderService;
import app.involvement.tenancy.TenantContext;
import java.lang.reflect.Method;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On demand only ({@code -Dit.test=EvidenceBenchmarkIT -Dinvolvement.benchmark=true}; add {@code -Pmariadb} for
 * MariaDB; DD044): fills "Bulk Demo University" with {@code bench.partners} partners (10,000), {@code bench.sessions}
 * completed sessions (200,000) and {@code bench.participations} attended places (1,000,000) by JDBC batches, then
 * times every {@link EvidenceSource} bean and the insights dashboard (when the insights module is there; looked up
 * by name so this benchmark runs on any branch) as the provider's lead, beside the bare aggregate SQL the figures
 * need. Prints mean milliseconds over {@code bench.rounds} rounds (3) after one warm-up; asserts only that the
 * data is there, nothing about time.
 */
@EnabledIfSystemProperty(named = "involvement.benchmark", matches = "true")
class EvidenceBenchmarkIT extends IntegrationTestBase {

    private static final String PLACES = " from session_offer o join involvement_session s on s.tenant_id = o.tenant_id"
            + " and s.id = o.session_id where o.tenant_id = ? and o.attendance = 'ATTENDED' and s.status = 'COMPLETED'"
            + " and s.kind <> 'SIMULATION_REUSE' and s.held_on between ? and ?";
    private static final String MINUTES = "(hour(s.end_time) * 60 + minute(s.end_time) - hour(s.start_time) * 60"
            + " - minute(s.start_time))";
    private static final String ACADEMIC_YEAR = "(case when month(s.held_on) >= 9 then year(s.held_on)"
            + " else year(s.held_on) - 1 end)";

    @Autowired
    private ProviderService providers;
    @Autowired
    private Clock clock;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private ApplicationContext context;
    @Autowired
    private ObjectProvider<EvidenceSource> sources;

    private final int rounds = Integer.getInteger("bench.rounds", 3);

    @Test
    void evidenceAndDashboard_beside_theBareAggregateSql() {
        int partners = Integer.getInteger("bench.partners", 10_000);
        int sessions = Integer.getInteger("bench.sessions", 200_000);
        int participations = Integer.getInteger("bench.participations", 1_000_000);
        long started = System.nanoTime();
        new BulkDemoPartners(partners, providers, jdbc, clock).run(null);
        long partnersDone = System.nanoTime();
        new BulkDemoSessions(sessions, participations, jdbc, transactions, clock).run(null);
        long generated = System.nanoTime();
        Long bulk = providerId("BULK");
        long sessionRows = count("select count(*) from involvement_session where tenant_id = ?", bulk);
        long placeRows = count("select count(*) from session_offer where tenant_id = ?", bulk);
        long partnerRows = count("select count(*) from partner where tenant_id = ?", bulk);
        assertThat(sessionRows).isGreaterThanOrEqualTo(sessions);
        assertThat(placeRows).isGreaterThanOrEqualTo(participations);

        String database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName() + " "
                + c.getMetaData().getDatabaseProductVersion());
        System.out.printf("%nEvidence benchmark on %s: BULK has %,d partners, %,d sessions, %,d places%n", database,
                partnerRows, sessionRows, placeRows);
        System.out.printf("  generator: partners %.1f s, sessions + places %.1f s (0 s when already there)%n",
                (partnersDone - started) / 1e9, (generated - partnersDone) / 1e9);

        LocalDate today = LocalDate.now(clock);
        LocalDate yearStart = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
        Date from = Date.valueOf(yearStart.minusYears(2));
        Date to = Date.valueOf(today);
        Date yearFrom = Date.valueOf(yearStart);
        Map<String, Supplier<Object>> bare = new LinkedHashMap<>();
        bare.put("involvement by area x programme x year", () -> jdbc.queryForList("select t.area, s.programme_id, "
                + ACADEMIC_YEAR + " as ay, count(distinct s.id) as sessions, count(*) as places, sum(" + MINUTES
                + ") as minutes" + PLACES.replace(" where", " join activity_type t on t.tenant_id = s.tenant_id"
                + " and t.id = s.activity_type_id where") + " group by t.area, s.programme_id, " + ACADEMIC_YEAR,
                bulk, from, to));
        bare.put("level mix (one year)", () -> jdbc.queryForList("select s.level, count(*)" + PLACES
                + " group by s.level", bulk, yearFrom, to));
        bare.put("distinct partners and hours (one year)", () -> jdbc.queryForList("select count(distinct o.partner_id),"
                + " sum(" + MINUTES + ")" + PLACES, bulk, yearFrom, to));
        bare.put("concentration per programme (one year)", () -> jdbc.queryForList("select programme_id, sum(n) as total,"
                + " sum(case when rk <= 5 then n else 0 end) as top5, sum(case when rk * 10 <= partners + 9 then n"
                + " else 0 end) as top10pct, sum(n * n) as squares from (select s.programme_id, o.partner_id,"
                + " count(*) as n, row_number() over (partition by s.programme_id order by count(*) desc,"
                + " o.partner_id) as rk, count(*) over (partition by s.programme_id) as partners" + PLACES
                + " group by s.programme_id, o.partner_id) x group by programme_id", bulk, yearFrom, to));
        bare.put("experience covered per programme (one year)", () -> jdbc.queryForList("select s.programme_id,"
                + " count(distinct e.category_id)" + PLACES.replace(" where", " join partner_experience e on"
                + " e.tenant_id = o.tenant_id and e.partner_id = o.partner_id where") + " group by s.programme_id",
                bulk, yearFrom, to));
        bare.put("pool: joiners, leavers, inactive 12 months", () -> jdbc.queryForList("select sum(case when"
                + " created_at >= ? then 1 else 0 end), sum(case when status = 'LEFT' and status_since >= ? then 1"
                + " else 0 end), sum(case when status = 'ACTIVE' and (last_involved_on is null or last_involved_on < ?)"
                + " then 1 else 0 end) from partner where tenant_id = ?", yearFrom, yearFrom,
                Date.valueOf(today.minusYears(1)), bulk));
        bare.put("active partners not involved for 12 months", () -> jdbc.queryForList("select count(*) from partner pt"
                + " where pt.tenant_id = ? and pt.status = 'ACTIVE' and not exists (select 1 from session_offer o"
                + " join involvement_session s on s.tenant_id = o.tenant_id and s.id = o.session_id where o.tenant_id ="
                + " pt.tenant_id and o.partner_id = pt.id and o.attendance = 'ATTENDED' and s.status = 'COMPLETED'"
                + " and s.kind <> 'SIMULATION_REUSE' and s.held_on > ?)", bulk, Date.valueOf(today.minusYears(1))));

        System.out.printf("  bare aggregate SQL (ms, mean of %d after a warm-up):%n", rounds);
        for (var query : bare.entrySet()) {
            time(query.getKey(), query.getValue());
        }

        var lead = new PortalUser(-1L, "benchmark-lead@bulk.example", "Benchmark", null, false, null,
                new MembershipView(-1L, bulk, "Bulk Demo University", Role.LEAD));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(lead, null, lead.getAuthorities()));
        try {
            TenantContext.runAs(bulk, () -> {
                var request = new EvidenceRequest(Language.ENGLISH, today, today.minusYears(1), today,
                        id -> "P-" + id);
                List<EvidenceSource> ordered = new ArrayList<>(sources.stream().toList());
                ordered.sort(Comparator.comparing((EvidenceSource s) -> s.part().name())
                        .thenComparingInt(EvidenceSource::order));
                System.out.printf("  evidence sources as the lead (%d beans; ms, mean of %d after a warm-up):%n",
                        ordered.size(), rounds);
                for (EvidenceSource source : ordered) {
                    List<EvidenceTable> tables = source.tables(request);
                    time(source.part() + " " + source.getClass().getSimpleName().replaceAll("\\$\\$.*", "") + " ("
                            + tables.size() + " tables)", () -> source.tables(request));
                }
                dashboard(today);
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** {@code Insights.dashboard} for this academic year, when the insights module is on the class path. */
    private void dashboard(LocalDate today) {
        Class<?> insights;
        try {
            insights = Class.forName("app.involvement.insights.Insights");
        } catch (ClassNotFoundException absent) {
            System.out.println("  Insights.dashboard: not on this branch");
            return;
        }
        try {
            Object service = context.getBean(insights);
            Class<?> yearType = Class.forName("app.involvement.insights.AcademicYear");
            Class<?> filterType = Class.forName("app.involvement.insights.InsightsFilter");
            Object year = yearType.getMethod("of", LocalDate.class).invoke(null, today);
            Object filter = filterType.getMethod("of", yearType).invoke(null, year);
            Method dashboard = insights.getMethod("dashboard", filterType);
            time("Insights.dashboard (this academic year, all programmes)", () -> {
                try {
                    return dashboard.invoke(service, filter);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
                }
            });
        } catch (ReflectiveOperationException e) {
            System.out.println("  Insights.dashboard: could not be called: " + e);
        }
    }

    private void time(String name, Supplier<Object> work) {
        StatementCounter.reset();
        work.get();
        long statements = StatementCounter.count();
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            work.get();
        }
        System.out.printf("    %-62s %10.1f ms  (%d statements)%n", name, (System.nanoTime() - started) / 1e6 / rounds,
                statements);
    }

    private long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }
}
