package app.involvement.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Provider A's people cannot read or change provider B's training, whatever ids they try. */
class TrainingIsolationIT extends IntegrationTestBase {

    @Autowired
    private TrainingModules modules;

    @Autowired
    private TrainingRecords records;

    @Autowired
    private TrainingEligibility eligibility;

    @Test
    void modules_areOnlyThoseOfTheCurrentProvider() {
        Long northbridge = moduleOf("NBU");
        assertThat(as(DemoLogins.NB_COORDINATOR, () -> modules.list())).extracting(TrainingModuleSummary::id).contains(northbridge);
        assertThat(as(DemoLogins.SM_COORDINATOR, () -> modules.list())).extracting(TrainingModuleSummary::id)
                .doesNotContain(northbridge).isNotEmpty();
        assertThat(as(DemoLogins.SM_COORDINATOR, () -> modules.find(northbridge))).isEmpty();
        assertThat(as(DemoLogins.SM_PARTNER, () -> modules.find(northbridge))).isEmpty();
    }

    @Test
    void anotherProvidersModule_cannotBeChanged() {
        Long northbridge = moduleOf("NBU");
        String before = jdbc.queryForObject("select concat(title, delivery) from training_module where id = ?", String.class,
                northbridge);
        long requirements = jdbc.queryForObject("select count(*) from training_requirement where module_id = ?", Long.class,
                northbridge);
        Long southmoorType = jdbc.queryForObject("select min(id) from activity_type where tenant_id = ?", Long.class,
                providerId("SMC"));
        as(DemoLogins.SM_LEAD, () -> {
            assertThatThrownBy(() -> modules.update(northbridge, new TrainingModuleInput("Taken", null,
                    TrainingDelivery.ONLINE, null))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> modules.requireFor(northbridge, Set.of(southmoorType)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> modules.removeMaterial(northbridge, materialOf(northbridge)))
                    .isInstanceOf(AccessDeniedException.class);
        });
        assertThat(jdbc.queryForObject("select concat(title, delivery) from training_module where id = ?", String.class,
                northbridge)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from training_requirement where module_id = ?", Long.class,
                northbridge)).isEqualTo(requirements);
    }

    @Test
    void anotherProvidersActivityType_cannotBeRequired() {
        Long southmoorModule = moduleOf("SMC");
        Long northbridgeType = jdbc.queryForObject("select min(id) from activity_type where tenant_id = ?", Long.class,
                providerId("NBU"));
        as(DemoLogins.SM_COORDINATOR, () -> assertThatThrownBy(() -> modules.requireFor(southmoorModule,
                Set.of(northbridgeType))).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void anotherProvidersPartner_hasNoTrainingToReadOrRecord() {
        Long northbridgePartner = jdbc.queryForObject("select id from partner where email = ? and tenant_id = ?", Long.class,
                DemoLogins.NB_PARTNER, providerId("NBU"));
        Long southmoorModule = moduleOf("SMC");
        Long southmoorType = jdbc.queryForObject("select min(activity_type_id) from training_requirement where tenant_id = ?",
                Long.class, providerId("SMC"));
        long before = jdbc.queryForObject("select count(*) from training_record where partner_id = ?", Long.class,
                northbridgePartner);
        as(DemoLogins.SM_COORDINATOR, () -> {
            assertThatThrownBy(() -> records.forPartner(northbridgePartner)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> records.recordCompletion(northbridgePartner, southmoorModule, LocalDate.now(), "Tampered"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> records.confirmClaim(northbridgePartner, moduleOf("NBU")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> eligibility.check(northbridgePartner, southmoorType, LocalDate.now()))
                    .isInstanceOf(AccessDeniedException.class);
        });
        assertThat(jdbc.queryForObject("select count(*) from training_record where partner_id = ?", Long.class,
                northbridgePartner)).isEqualTo(before);
    }

    @Test
    void aPartner_cannotClaimAnotherProvidersModule_andSeesOnlyTheirOwnProvidersModules() {
        Long northbridgeModule = moduleOf("NBU");
        as(DemoLogins.SM_PARTNER, () -> {
            assertThatThrownBy(() -> records.claim(northbridgeModule, LocalDate.now())).isInstanceOf(AccessDeniedException.class);
            assertThat(records.mine()).extracting(TrainingItem::moduleId).doesNotContain(northbridgeModule).isNotEmpty();
        });
    }

    @Test
    void childRows_carryTheirProvidersTenantId() {
        for (String table : new String[] {"training_requirement", "training_material", "training_record"}) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " c join training_module m on m.id = c.module_id"
                    + " where c.tenant_id <> m.tenant_id", Long.class)).as(table).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from training_record r join partner p on p.id = r.partner_id"
                + " where r.tenant_id <> p.tenant_id", Long.class)).isZero();
    }

    private Long moduleOf(String provider) {
        return jdbc.queryForObject("select min(m.id) from training_module m join training_material t on t.module_id = m.id"
                + " where m.tenant_id = ?", Long.class, providerId(provider));
    }

    private Long materialOf(Long module) {
        return jdbc.queryForObject("select min(id) from training_material where module_id = ?", Long.class, module);
    }
}
