package app.involvement.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.IntegrationTestBase;
import app.involvement.provider.HcpcProfession;
import app.involvement.tenancy.TenantContext;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Hibernate's tenant filter at the repository level: writes get the tenant, reads see only it. */
class ProgrammeTenancyIT extends IntegrationTestBase {

    @Autowired
    private ProgrammeRepository programmes;

    @Autowired
    private ProgrammeDefinitionRepository definitions;

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

    @Test
    void aDefinition_isInvisibleToAnotherProvider_andCannotHangOffAnotherProvidersProgramme() {
        Long northbridge = providerId("NBU");
        Long southmoor = providerId("SMC");
        Long programmeId = TenantContext.runAs(northbridge, () -> transactions.execute(tx -> programmes.save(new Programme(
                "MSc Definitions " + System.nanoTime(), HcpcProfession.DIETITIANS, "Postgraduate", Instant.now())).getId()));
        Long definitionId = TenantContext.runAs(northbridge, () -> transactions.execute(tx -> definitions.save(
                definition(programmeId)).getId()));

        assertThat(TenantContext.runAs(northbridge, () -> definitions.findById(definitionId))).isPresent();
        assertThat(TenantContext.runAs(southmoor, () -> definitions.findById(definitionId))).isEmpty();
        assertThat(TenantContext.runAs(southmoor, () -> definitions.findHistory(programmeId, PageRequest.of(0, 10)))).isEmpty();
        assertThat(TenantContext.runAs(southmoor, () -> definitions.findLatestNumber(programmeId))).isZero();

        // the key (tenant_id, programme_id) -> programme (tenant_id, id) refuses a cross-provider row
        assertThatThrownBy(() -> TenantContext.runAs(southmoor, () -> transactions.execute(tx -> definitions.save(
                definition(programmeId)).getId()))).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("select count(*) from programme_definition where programme_id = ?", Long.class,
                programmeId)).isOne();
    }

    private static ProgrammeDefinition definition(Long programmeId) {
        return new ProgrammeDefinition(programmeId, 1, "Who", "Why", 1L, "Author", Instant.now(), LocalDate.now().plusYears(1));
    }
}
