package app.involvement.retention.internal;

import app.involvement.shared.privacy.RetentionErasure;
import app.involvement.tenancy.TenantContext;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stands in for the erasure module's {@link RetentionErasure} in the retention tests: in the providers a test made,
 * it anonymises the partner row as the erasure does and refuses a partner with unpaid claims, as the payments blocker
 * does; in any other provider (the shared demo data) it erases nothing.
 */
@TestConfiguration
class RetentionTestErasure {

    static final Set<Long> TEST_PROVIDERS = ConcurrentHashMap.newKeySet();

    @Bean
    @Primary
    RetentionErasure retentionTestErasure(JdbcTemplate jdbc) {
        return partnerId -> {
            long tenant = TenantContext.require();
            if (!TEST_PROVIDERS.contains(tenant)) {
                return Optional.of("not a test provider");
            }
            Long unpaid = jdbc.queryForObject("select count(*) from payment_claim where tenant_id = ? and partner_id = ?"
                    + " and status in ('SUBMITTED', 'APPROVED', 'AUTHORISED')", Long.class, tenant, partnerId);
            if (unpaid != null && unpaid > 0) {
                return Optional.of("unpaid claims");
            }
            RetentionFixture.erase(jdbc, partnerId);
            return Optional.empty();
        };
    }
}
