package app.involvement.erasure.internal;

import app.involvement.erasure.ErasureOrigin;
import app.involvement.tenancy.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile only (DD047): in Northbridge, one open request to leave, made three days ago by a partner with no
 * login and no claim at all (so nothing is unpaid and the lead can erase them). A provider that already has a
 * request is left alone.
 */
@Component
@Profile("demo & !mysql")
@Order(33)
class DemoErasure implements ApplicationRunner {

    static final String REASON = "I have moved away and will not take part any more. Please delete my details.";

    private final ErasureRequestRepository requests;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoErasure(ErasureRequestRepository requests, JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.requests = requests;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Long> tenant = jdbc.queryForList("select id from provider where short_code = 'NBU'", Long.class);
        if (tenant.isEmpty()) {
            return;
        }
        // native SQL on tenant data: filtered by tenant here (ARCHITECTURE, tenancy rule 4)
        List<Long> partner = jdbc.queryForList("select max(p.id) from partner p where p.tenant_id = ? and p.user_id is null"
                + " and not exists (select 1 from payment_claim c where c.tenant_id = p.tenant_id and c.partner_id = p.id)",
                Long.class, tenant.get(0));
        if (partner.isEmpty() || partner.get(0) == null) {
            return;
        }
        TenantContext.runAs(tenant.get(0), () -> transactions.executeWithoutResult(tx -> {
            if (requests.count() > 0) {
                return;
            }
            requests.save(new ErasureRequestEntry(partner.get(0), ErasureOrigin.PARTNER_ASKED, null, REASON,
                    clock.instant().minus(Duration.ofDays(3))));
        }));
    }
}
