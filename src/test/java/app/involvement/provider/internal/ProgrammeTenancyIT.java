package app.involvement.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.IntegrationTestBase;
import app.involvement.provider.HcpcProfession;
import app.involvement.tenancy.TenantContext;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Hibernate's tenant filter at the repository level: writes get the tenant, reads see only it. */
class ProgrammeTenancyIT extends IntegrationTestBase {

    @Autowired
    private ProgrammeRepository programmes;

    @Autowired
    private TransactionTemplate transactions;

    @Test
    void aProgrammeSavedInOneProvider_isInvisibleToAnotherAndWithoutProvider() {
        Long northbridge = providerId("NBU");
        Long southmoor = providerId("SMC");
        String name = "MSc Isolation " + System.nanoTime();

        Long id = TenantContext.runAs(northbridge, () -> transactions.execute(tx ->
                programmes.save(new Programme(name, HcpcProfession.DIETITIANS, "Postgraduate", Instant.now())).getId()));

        assertThat(jdbc.queryForObject("select tenant_id from programme where id = ?", Long.class, id)).isEqualTo(northbridge);
        assertThat(TenantContext.runAs(northbridge, () -> programmes.findById(id))).isPresent();
        assertThat(TenantContext.runAs(southmoor, () -> programmes.findById(id))).isEmpty();
        assertThat(TenantContext.runAs(southmoor, () -> programmes.existsByName(name))).isFalse();
        assertThat(programmes.findById(id)).as("no provider chosen").isEmpty();
        assertThat(programmes.count()).as("no provider chosen").isZero();
    }
}
