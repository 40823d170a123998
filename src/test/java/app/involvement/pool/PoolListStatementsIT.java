package app.involvement.pool;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.StatementCounter;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The pool list runs one page query and one count, whatever the filters and however big the pool:
 * no N+1 over interests, categories or history (statements counted per thread at the DataSource).
 */
class PoolListStatementsIT extends IntegrationTestBase {

    private static final List<Sort> SORTS = List.of(Sort.unsorted(), Sort.by(PoolSort.STATUS, PoolSort.NAME),
            Sort.by(Sort.Order.desc(PoolSort.LAST_INVOLVED)));

    @Autowired
    private Pool pool;

    @Test
    void pageAndCount_areTwoStatements_beforeAndAfterThePoolGrows() {
        Long northbridge = providerId("NBU");
        Long category = jdbc.queryForObject("select min(id) from experience_category where tenant_id = ?", Long.class, northbridge);
        Long type = jdbc.queryForObject("select min(id) from activity_type where tenant_id = ?", Long.class, northbridge);
        var filters = List.of(PoolFilter.none(),
                new PoolFilter("a", PartnerStatus.ACTIVE, PartnerKind.SERVICE_USER, category, type, LocalDate.now()),
                new PoolFilter("statement", null, null, null, type, null));

        List<Long> before = statementsPerListing(filters);
        grow(northbridge, type, 150);
        List<Long> after = statementsPerListing(filters);

        assertThat(before).containsOnly(2L);
        assertThat(after).containsOnly(2L);
    }

    private List<Long> statementsPerListing(List<PoolFilter> filters) {
        return as(DemoLogins.NB_COORDINATOR, () -> {
            var counts = new ArrayList<Long>();
            for (PoolFilter filter : filters) {
                for (int page = 0; page < 3; page++) {
                    StatementCounter.reset();
                    // each page sorted another way: sorting stays in the one page query
                    var rows = pool.list(filter, PageRequest.of(page, 50, SORTS.get(page)));
                    pool.count(filter);
                    rows.forEach(r -> r.preferredName());
                    counts.add((long) StatementCounter.count());
                }
            }
            return counts;
        });
    }

    /** Adds partners who have left (so other tests' figures of active partners stay put), each with an interest. */
    private void grow(Long tenant, Long type, int n) {
        var now = Timestamp.from(Instant.now());
        String tag = "Statement " + System.nanoTime() + " ";
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < n; i++) {
            rows.add(new Object[] {tenant, tag + i, Date.valueOf(LocalDate.now()), now});
        }
        jdbc.batchUpdate("insert into partner (version, tenant_id, preferred_name, kind, status, status_since,"
                + " contact_preference, payment_choice, created_at) values (0, ?, ?, 'CARER', 'LEFT', ?, 'POST', 'FEE', ?)", rows);
        jdbc.update("insert into partner_interest (version, tenant_id, partner_id, activity_type_id)"
                + " select 0, tenant_id, id, ? from partner where tenant_id = ? and preferred_name like ?", type, tenant, tag + "%");
    }
}
