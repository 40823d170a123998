package app.involvement.pool.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.IntegrationTestBase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo pool tells a consistent story: each partner was added before they became active, changed
 * status in date order, and was involved only after becoming active.
 */
class DemoPoolStoryIT extends IntegrationTestBase {

    @Test
    void everyDemoPartnersHistory_runsForwardInTime() {
        for (String provider : List.of("NBU", "SMC")) {
            List<Change> changes = jdbc.query("select c.partner_id, c.changed_on from partner_status_change c"
                    + " where c.tenant_id = ? order by c.partner_id, c.id",
                    (rs, row) -> new Change(rs.getLong(1), rs.getDate(2).toLocalDate()), providerId(provider));
            assertThat(changes).isNotEmpty();
            for (int i = 1; i < changes.size(); i++) {
                var previous = changes.get(i - 1);
                var current = changes.get(i);
                if (previous.partnerId() == current.partnerId()) {
                    assertThat(current.on()).as("partner %s: a status change dated before the one recorded before it",
                            current.partnerId()).isAfterOrEqualTo(previous.on());
                }
            }
        }
    }

    @Test
    void demoPartners_areInvolvedOnlyAfterBecomingActive() {
        List<Map<String, Object>> wrong = jdbc.queryForList("select p.id, p.last_involved_on from partner p"
                + " where p.tenant_id in (?, ?) and p.user_id is null and p.last_involved_on is not null"
                + " and exists (select 1 from partner_status_change a where a.partner_id = p.id and a.changed_by = 'demo')"
                + " and not exists (select 1 from partner_status_change c where c.partner_id = p.id"
                + " and c.to_status = 'ACTIVE' and c.changed_on <= p.last_involved_on)", providerId("NBU"), providerId("SMC"));
        assertThat(wrong).isEmpty();
    }

    private record Change(long partnerId, LocalDate on) {
    }
}
