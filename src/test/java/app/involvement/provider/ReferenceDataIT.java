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

    @Autowired
    private app.involvement.pool.MyProfile myProfile;

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

    @Test
    void aChangeOfMeaning_retiresTheCategory_keepsConsentWithIt_andTheNewOneNeedsFreshConsent() {
        String name = "Young carer " + System.nanoTime();
        ReferenceItem old = as(DemoLogins.NB_LEAD, () -> referenceData.addExperienceCategory(name));
        var before = as(DemoLogins.NB_PARTNER, () -> myProfile.get()).orElseThrow();
        as(DemoLogins.NB_PARTNER, () -> myProfile.giveConsent("I agree", Set.of(old.id())));
        Long partner = jdbc.queryForObject("select p.id from partner p join user_account u on u.id = p.user_id"
                + " where u.email = ? and p.tenant_id = ?", Long.class, DemoLogins.NB_PARTNER, providerId("NBU"));

        ReferenceItem replacement = as(DemoLogins.NB_LEAD, () -> referenceData.replaceExperienceCategory(old.id(),
                name + " (adult)"));

        assertThat(replacement.id()).isNotEqualTo(old.id());
        assertThat(jdbc.queryForList("select category_id from partner_experience where partner_id = ?", Long.class, partner))
                .contains(old.id()).doesNotContain(replacement.id());
        as(DemoLogins.NB_PARTNER, () -> {
            assertThat(referenceData.experienceCategories()).extracting(ReferenceItem::id)
                    .contains(replacement.id()).doesNotContain(old.id());
            assertThat(referenceData.existingExperienceCategories(Set.of(old.id()))).as("nobody chooses it anew").isEmpty();
        });
        as(DemoLogins.NB_LEAD, () -> assertThatThrownBy(() -> referenceData.renameExperienceCategory(old.id(), "Back"))
                .isInstanceOf(AccessDeniedException.class));
        assertThat(jdbc.queryForObject("select detail from audit_entry where event_type = 'EXPERIENCE_CATEGORY_REPLACED'"
                + " and subject = ?", String.class, "category " + old.id())).startsWith(name + " → " + name + " (adult)");
        as(DemoLogins.NB_PARTNER, () -> {
            if (before.consentInForce()) {
                myProfile.giveConsent("I agree", before.experienceCategories());
            } else {
                myProfile.withdrawConsent();
            }
        });
    }

    @Test
    void changes_areAudited_andAnotherProvidersIdIsRefusedAndRecorded() {
        String name = "Audited " + System.nanoTime();
        ReferenceItem type = as(DemoLogins.NB_LEAD, () -> referenceData.addActivityType(name, ActivityArea.RESEARCH));
        as(DemoLogins.NB_LEAD, () -> referenceData.changeActivityType(type.id(), name + " 2", ActivityArea.GOVERNANCE));
        assertThat(jdbc.queryForList("select event_type from audit_entry where subject = ? order by id", String.class,
                "activity type " + type.id())).containsExactly("ACTIVITY_TYPE_ADDED", "ACTIVITY_TYPE_CHANGED");
        assertThat(jdbc.queryForObject("select detail from audit_entry where event_type = 'ACTIVITY_TYPE_CHANGED' and subject = ?",
                String.class, "activity type " + type.id())).isEqualTo(name + "; RESEARCH → " + name + " 2; GOVERNANCE");

        as(DemoLogins.SM_LEAD, () -> assertThatThrownBy(() -> referenceData.changeActivityType(type.id(), "Taken over",
                ActivityArea.RESEARCH)).isInstanceOf(AccessDeniedException.class));
        assertThat(jdbc.queryForMap("select actor, tenant_id from audit_entry where event_type = 'ACCESS_DENIED_RECORD'"
                + " and subject = ?", "activity type " + type.id()))
                .containsEntry("actor", DemoLogins.SM_LEAD).containsEntry("tenant_id", providerId("SMC"));
        assertThat(jdbc.queryForObject("select name from activity_type where id = ?", String.class, type.id())).isEqualTo(name + " 2");
    }
}
