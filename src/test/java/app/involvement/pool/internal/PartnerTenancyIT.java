package app.involvement.pool.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.IntegrationTestBase;
import app.involvement.pool.PartnerProfile;
import app.involvement.pool.PartnerStatus;
import app.involvement.tenancy.TenantContext;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/** Hibernate's tenant filter on every pool entity: writes get the tenant, reads see only it. */
class PartnerTenancyIT extends IntegrationTestBase {

    @Autowired
    private PartnerRepository partners;
    @Autowired
    private PartnerStatusChangeRepository history;
    @Autowired
    private PartnerExperienceRepository experiences;
    @Autowired
    private PartnerInterestRepository interests;
    @Autowired
    private TransactionTemplate transactions;

    @Test
    void everyPoolEntitySavedInOneProvider_isInvisibleToAnotherAndWithoutProvider() {
        Long northbridge = providerId("NBU");
        Long southmoor = providerId("SMC");
        Long category = jdbc.queryForObject("select min(id) from experience_category where tenant_id = ?", Long.class, northbridge);
        Long type = jdbc.queryForObject("select min(id) from activity_type where tenant_id = ?", Long.class, northbridge);
        Long id = TenantContext.runAs(northbridge, () -> transactions.execute(tx -> {
            Partner p = partners.save(new Partner(PartnerProfile.empty(), PartnerStatus.APPLICANT, LocalDate.now(), Instant.now()));
            history.save(new PartnerStatusChange(p.getId(), null, PartnerStatus.APPLICANT, LocalDate.now(), "test", null, Instant.now()));
            experiences.save(new PartnerExperience(p.getId(), category));
            interests.save(new PartnerInterest(p.getId(), type));
            return p.getId();
        }));
        for (String table : new String[] {"partner", "partner_status_change", "partner_experience", "partner_interest"}) {
            String column = table.equals("partner") ? "id" : "partner_id";
            assertThat(jdbc.queryForList("select distinct tenant_id from " + table + " where " + column + " = ?", Long.class, id))
                    .as(table).containsExactly(northbridge);
        }
        assertThat(TenantContext.runAs(northbridge, () -> partners.findById(id))).isPresent();
        assertThat(TenantContext.runAs(southmoor, () -> partners.findById(id))).isEmpty();
        assertThat(TenantContext.runAs(southmoor, () -> history.findHistory(id, PageRequest.of(0, 10)))).isEmpty();
        assertThat(TenantContext.runAs(southmoor, () -> experiences.findByPartnerId(id))).isEmpty();
        assertThat(TenantContext.runAs(southmoor, () -> interests.findByPartnerId(id))).isEmpty();
        assertThat(partners.findById(id)).as("no provider chosen").isEmpty();
        assertThat(interests.findByPartnerId(id)).as("no provider chosen").isEmpty();
    }
}
