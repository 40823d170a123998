package app.involvement.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.shared.BusinessRuleException;
import app.involvement.tenancy.NewProvider;
import app.involvement.tenancy.ProviderService;
import app.involvement.tenancy.TenantContext;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Experience categories and activity types: per provider, defaults for new providers, lead-only changes. */
class ReferenceDataIT extends IntegrationTestBase {

    @Autowired
    private ReferenceData referenceData;

    @Autowired
    private ProviderService providers;

    @Test
    void aNewProvider_getsTheHcpcActivityTypes() {
        String code = "R" + (System.nanoTime() % 100000);
        Long id = as(DemoLogins.PLATFORM, () -> providers.create(
                new NewProvider("Riverside College", code, "Rae Contact", "rae@riverside.example", null)).id());
        long types = jdbc.queryForObject("select count(*) from activity_type where tenant_id = ?", Long.class, id);
        assertThat(types).isEqualTo(10);
        assertThat(jdbc.queryForList("select distinct area from activity_type where tenant_id = ?", String.class, id))
                .containsExactlyInAnyOrder("LEARNER_FACING", "GOVERNANCE", "QUALITY_IMPROVEMENT", "RESEARCH");
    }

    @Test
    void categories_areThoseOfTheCurrentProviderOnly() {
        List<ReferenceItem> northbridge = as(DemoLogins.NB_COORDINATOR, referenceData::experienceCategories);
        Set<Long> northbridgeIds = Set.copyOf(northbridge.stream().map(ReferenceItem::id).toList());
        assertThat(northbridge).extracting(ReferenceItem::name).contains("Stroke survivor");

        assertThat(as(DemoLogins.SM_COORDINATOR, () -> referenceData.existingExperienceCategories(northbridgeIds))).isEmpty();
        assertThat(as(DemoLogins.NB_PARTNER, () -> referenceData.existingExperienceCategories(northbridgeIds)))
                .isEqualTo(northbridgeIds);
    }

    @Test
    void onlyTheLead_addsCategories_andDuplicatesAreRefused() {
        String name = "Veterans " + System.nanoTime();
        as(DemoLogins.NB_COORDINATOR, () -> assertThatThrownBy(() -> referenceData.addExperienceCategory(name))
                .isInstanceOf(AccessDeniedException.class));
        as(DemoLogins.NB_LEAD, () -> {
            referenceData.addExperienceCategory(name);
            assertThatThrownBy(() -> referenceData.addExperienceCategory(name.toUpperCase()))
                    .isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> referenceData.addExperienceCategory("x".repeat(81)))
                    .isInstanceOf(BusinessRuleException.class);
        });
        assertThat(jdbc.queryForObject("select count(*) from experience_category where name = ?", Long.class, name)).isOne();
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void theLead_renamesKeepingIds_andRefusesDuplicatesAndUnknownIds() {
        String name = "Young carers " + System.nanoTime();
        ReferenceItem added = as(DemoLogins.NB_LEAD, () -> referenceData.addExperienceCategory(name));
        ReferenceItem type = as(DemoLogins.NB_LEAD, () -> referenceData.addActivityType("Open day " + System.nanoTime(),
                ActivityArea.LEARNER_FACING));
        as(DemoLogins.NB_LEAD, () -> {
            assertThat(referenceData.renameExperienceCategory(added.id(), name + " (under 18)").id()).isEqualTo(added.id());
            assertThat(referenceData.changeActivityType(type.id(), type.name(), ActivityArea.GOVERNANCE).area())
                    .isEqualTo(ActivityArea.GOVERNANCE);
            assertThatThrownBy(() -> referenceData.renameExperienceCategory(added.id(), "stroke survivor"))
                    .isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> referenceData.changeActivityType(type.id(), " ", ActivityArea.RESEARCH))
                    .isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> referenceData.changeActivityType(type.id(), "Fine", null))
                    .isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> referenceData.renameExperienceCategory(999_999_999L, "Anything"))
                    .isInstanceOf(AccessDeniedException.class);
        });
        as(DemoLogins.NB_COORDINATOR, () -> assertThatThrownBy(() -> referenceData.renameExperienceCategory(added.id(), "X"))
                .isInstanceOf(AccessDeniedException.class));
        assertThat(jdbc.queryForObject("select name from experience_category where id = ?", String.class, added.id()))
                .isEqualTo(name + " (under 18)");
        assertThat(jdbc.queryForObject("select area from activity_type where id = ?", String.class, type.id()))
                .isEqualTo("GOVERNANCE");
    }
}
