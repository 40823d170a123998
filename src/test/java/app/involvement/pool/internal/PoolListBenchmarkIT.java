package app.involvement.pool.internal;

import app.involvement.IntegrationTestBase;
import app.involvement.identity.MembershipView;
import app.involvement.identity.PortalUser;
import app.involvement.identity.Role;
import app.involvement.pool.PartnerKind;
import app.involvement.pool.PartnerStatus;
import app.involvement.pool.Pool;
import app.involvement.pool.PoolFilter;
import app.involvement.tenancy.ProviderService;
import app.involvement.tenancy.TenantContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * On demand only ({@code -Dit.test=PoolListBenchmarkIT -Dinvolvement.benchmark=true}; add {@code -Pmariadb}
 * for MariaDB): prints the time per page of the pool list in a provider of 10,000 partners made by the
 * bulk demo generator. It prints figures and asserts nothing about time. The generator is called directly
 * rather than through a second application context with another property (two contexts in one JVM
 * would replace Vaadin's static security-context strategy under the other tests).
 */
@EnabledIfSystemProperty(named = "involvement.benchmark", matches = "true")
class PoolListBenchmarkIT extends IntegrationTestBase {

    private static final int ROUNDS = 20;

    private static final int PARTNERS = 10_000;

    @Autowired
    private Pool pool;

    @Autowired
    private ProviderService providers;

    @Autowired
    private Clock clock;

    @Test
    void printTimePerPage() {
        long generating = System.nanoTime();
        new BulkDemoPartners(PARTNERS, providers, jdbc, clock).run(null);
        System.out.printf("%nBulk demo generator: %d ms (0 if BULK already existed)%n", (System.nanoTime() - generating) / 1_000_000);
        Long bulk = providerId("BULK");
        long partners = jdbc.queryForObject("select count(*) from partner where tenant_id = ?", Long.class, bulk);
        Long type = jdbc.queryForObject("select min(id) from activity_type where tenant_id = ?", Long.class, bulk);
        Long category = jdbc.queryForObject("select min(id) from experience_category where tenant_id = ?", Long.class, bulk);
        var coordinator = new PortalUser(-1L, "benchmark@bulk.example", "Benchmark", null, false, null,
                new MembershipView(-1L, bulk, "Bulk Demo University", Role.COORDINATOR));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(coordinator, null, coordinator.getAuthorities()));
        var cases = new java.util.LinkedHashMap<String, PoolFilter>();
        cases.put("no filter", PoolFilter.none());
        cases.put("name contains 'alex'", new PoolFilter("alex", null, null, null, null, null));
        cases.put("status active", new PoolFilter(null, PartnerStatus.ACTIVE, null, null, null, null));
        cases.put("carer + activity type", new PoolFilter(null, null, PartnerKind.CARER, null, type, null));
        cases.put("experience category", new PoolFilter(null, null, null, category, null, null));
        cases.put("all filters", new PoolFilter("a", PartnerStatus.ACTIVE, PartnerKind.SERVICE_USER, category, type,
                LocalDate.now().minusMonths(3)));
        System.out.printf("%nPool list benchmark: %d partners in BULK, page size 50, %d rounds each%n", partners, ROUNDS);
        TenantContext.runAs(bulk, () -> {
            for (Map.Entry<String, PoolFilter> c : cases.entrySet()) {
                for (int page : List.of(0, 100)) {
                    measure(c.getValue(), page); // warm-up
                    long started = System.nanoTime();
                    long count = 0;
                    for (int i = 0; i < ROUNDS; i++) {
                        count = measure(c.getValue(), page);
                    }
                    double ms = (System.nanoTime() - started) / 1e6 / ROUNDS;
                    System.out.printf("  %-24s page %3d: %7.2f ms per page (rows + count; %d match)%n", c.getKey(), page,
                            ms, count);
                }
            }
        });
    }

    private long measure(PoolFilter filter, int page) {
        pool.list(filter, PageRequest.of(page, 50));
        return pool.count(filter);
    }
}
