package app.involvement.availability.internal;

import app.involvement.IntegrationTestBase;
import app.involvement.availability.PartOfDay;
import app.involvement.availability.SlotQuery;
import app.involvement.availability.WhoIsFree;
import app.involvement.identity.MembershipView;
import app.involvement.identity.PortalUser;
import app.involvement.identity.Role;
import app.involvement.pool.internal.BulkDemoPartners;
import app.involvement.tenancy.ProviderService;
import app.involvement.tenancy.TenantContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * On demand only ({@code -Dit.test=WhoIsFreeBenchmarkIT -Dinvolvement.benchmark=true}; add {@code -Pmariadb}
 * for MariaDB): prints the time per page of "who is free" in a provider of 10,000 partners with a
 * year of availability. It prints figures and asserts nothing about time.
 */
@EnabledIfSystemProperty(named = "involvement.benchmark", matches = "true")
class WhoIsFreeBenchmarkIT extends IntegrationTestBase {

    private static final int ROUNDS = 20;

    @Autowired
    private WhoIsFree whoIsFree;

    @Autowired
    private ProviderService providers;

    @Autowired
    private Clock clock;

    @Test
    void printTimePerPage() {
        long generating = System.nanoTime();
        new BulkDemoPartners(10_000, providers, jdbc, clock).run(null);
        new DemoAvailability(jdbc, clock).run(null);
        System.out.printf("%nBulk partners and availability: %d ms (less if BULK already existed)%n",
                (System.nanoTime() - generating) / 1_000_000);
        Long bulk = providerId("BULK");
        var coordinator = new PortalUser(-1L, "benchmark@bulk.example", "Benchmark", null, false, null,
                new MembershipView(-1L, bulk, "Bulk Demo University", Role.COORDINATOR));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(coordinator, null, coordinator.getAuthorities()));
        Long type = jdbc.queryForObject("select min(id) from activity_type where tenant_id = ?", Long.class, bulk);
        Long category = jdbc.queryForObject("select min(id) from experience_category where tenant_id = ?", Long.class, bulk);
        LocalDate tuesday = LocalDate.now().plusDays(14).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        var cases = new LinkedHashMap<String, SlotQuery>();
        cases.put("slot only", new SlotQuery(tuesday, PartOfDay.AFTERNOON, null, null));
        cases.put("slot + activity type", new SlotQuery(tuesday, PartOfDay.AFTERNOON, type, null));
        cases.put("slot + category", new SlotQuery(tuesday, PartOfDay.AFTERNOON, null, category));
        long partners = jdbc.queryForObject("select count(*) from partner where tenant_id = ?", Long.class, bulk);
        System.out.printf("%nWho-is-free benchmark: %d partners in BULK, page size 50, %d rounds each%n", partners, ROUNDS);
        TenantContext.runAs(bulk, () -> cases.forEach((name, query) -> {
            for (int page : List.of(0, 50)) {
                measure(query, page, 0);
                long started = System.nanoTime();
                long count = 0;
                for (int i = 1; i <= ROUNDS; i++) {
                    count = measure(query, page, i);
                }
                System.out.printf("  %-22s page %3d: %7.2f ms per page (rows + count; %d active match)%n", name, page,
                        (System.nanoTime() - started) / 1e6 / ROUNDS, count);
            }
        }));
    }

    /** Each round asks about another week, so no database answers from a cached result. */
    private long measure(SlotQuery query, int page, int round) {
        var slot = new SlotQuery(query.date().plusWeeks(round), query.part(), query.activityTypeId(),
                query.experienceCategoryId());
        whoIsFree.candidates(slot, PageRequest.of(page, 50));
        return whoIsFree.count(slot);
    }
}
