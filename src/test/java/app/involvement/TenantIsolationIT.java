package app.involvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.identity.Invitations;
import app.involvement.identity.Role;
import app.involvement.identity.StaffDirectory;
import app.involvement.identity.StaffMember;
import app.involvement.identity.StaffChoice;
import app.involvement.provider.ActivityArea;
import app.involvement.provider.HcpcProfession;
import app.involvement.provider.NewDefinition;
import app.involvement.provider.ProgrammeDefinitions;
import app.involvement.provider.ProgrammeInput;
import app.involvement.provider.ProgrammeSummary;
import app.involvement.provider.Programmes;
import app.involvement.provider.ReferenceData;
import app.involvement.provider.ReferenceItem;
import app.involvement.shared.BusinessRuleException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Provider A's people cannot read or change provider B's rows, whatever ids they try. */
class TenantIsolationIT extends IntegrationTestBase {

    @Autowired
    private Programmes programmes;

    @Autowired
    private StaffDirectory staff;

    @Autowired
    private ProgrammeDefinitions definitions;

    @Autowired
    private ReferenceData referenceData;

    @Autowired
    private Invitations invitations;

    @Test
    void programmes_areOnlyThoseOfTheCurrentProvider() {
        List<ProgrammeSummary> northbridge = as(DemoLogins.NB_COORDINATOR, () -> programmes.list(PageRequest.of(0, 50)));
        List<ProgrammeSummary> southmoor = as(DemoLogins.SM_COORDINATOR, () -> programmes.list(PageRequest.of(0, 50)));

        assertThat(northbridge).extracting(ProgrammeSummary::name).contains("BSc (Hons) Physiotherapy")
                .doesNotContain("FdSc Operating Department Practice");
        assertThat(southmoor).extracting(ProgrammeSummary::name).contains("FdSc Operating Department Practice")
                .doesNotContain("BSc (Hons) Physiotherapy");
        assertThat(as(DemoLogins.SM_COORDINATOR, programmes::count)).isEqualTo(southmoor.size());
    }

    @Test
    void anotherProvidersProgrammeId_isNotFound() {
        Long northbridgeProgramme = as(DemoLogins.NB_LEAD, () -> programmes.list(PageRequest.of(0, 1)).getFirst().id());

        assertThat(as(DemoLogins.NB_LEAD, () -> programmes.find(northbridgeProgramme))).isPresent();
        assertThat(as(DemoLogins.SM_LEAD, () -> programmes.find(northbridgeProgramme))).isEmpty();
    }

    @Test
    void anotherProvidersProgramme_cannotBeReadChangedOrDefined() {
        Long northbridgeProgramme = as(DemoLogins.NB_LEAD, () -> programmes.list(PageRequest.of(0, 1)).getFirst().id());
        String before = jdbc.queryForObject("select name from programme where id = ?", String.class, northbridgeProgramme);
        long versions = definitionCount(northbridgeProgramme);
        assertThat(as(DemoLogins.NB_LEAD, () -> definitions.history(northbridgeProgramme))).isNotEmpty();

        as(DemoLogins.SM_LEAD, () -> {
            assertThat(programmes.details(northbridgeProgramme)).isEmpty();
            assertThat(definitions.history(northbridgeProgramme)).isEmpty();
            assertThatThrownBy(() -> programmes.update(northbridgeProgramme,
                    new ProgrammeInput("Taken over", HcpcProfession.PARAMEDICS, "UG", null, null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> definitions.add(northbridgeProgramme,
                    new NewDefinition("Ours now", "Because", LocalDate.now().plusMonths(6))))
                    .isInstanceOf(AccessDeniedException.class);
        });
        assertThat(jdbc.queryForObject("select name from programme where id = ?", String.class, northbridgeProgramme))
                .isEqualTo(before);
        assertThat(definitionCount(northbridgeProgramme)).isEqualTo(versions);
    }

    @Test
    void anotherProvidersStaff_cannotBeNamedOnAProgramme() {
        Long northbridgeLead = jdbc.queryForObject("select id from user_account where email = ?", Long.class, DemoLogins.NB_LEAD);
        as(DemoLogins.SM_LEAD, () -> {
            assertThat(staff.choices()).extracting(StaffChoice::userId).doesNotContain(northbridgeLead);
            assertThatThrownBy(() -> programmes.add(new ProgrammeInput("Stolen lead " + System.nanoTime(),
                    HcpcProfession.PARAMEDICS, "UG", northbridgeLead, null))).isInstanceOf(BusinessRuleException.class);
        });
    }

    @Test
    void definitionsWrittenInAProvider_carryItsTenantId() {
        Long southmoorProgramme = as(DemoLogins.SM_LEAD, () -> programmes.add(new ProgrammeInput(
                "BSc Radiography " + System.nanoTime(), HcpcProfession.RADIOGRAPHERS, "UG", null, null)).id());
        as(DemoLogins.SM_COORDINATOR, () -> definitions.add(southmoorProgramme,
                new NewDefinition("People who have had imaging", "Because", LocalDate.now().plusMonths(6))));
        assertThat(jdbc.queryForObject("select tenant_id from programme_definition where programme_id = ?", Long.class,
                southmoorProgramme)).isEqualTo(providerId("SMC"));
        assertThat(as(DemoLogins.NB_LEAD, () -> definitions.history(southmoorProgramme))).isEmpty();
    }

    @Test
    void anotherProvidersReferenceData_cannotBeRenamed() {
        ReferenceItem category = as(DemoLogins.NB_LEAD, referenceData::experienceCategories).getFirst();
        ReferenceItem type = as(DemoLogins.NB_LEAD, referenceData::activityTypes).getFirst();
        as(DemoLogins.SM_LEAD, () -> {
            assertThat(referenceData.experienceCategories()).extracting(ReferenceItem::id).doesNotContain(category.id());
            assertThat(referenceData.activityTypes()).extracting(ReferenceItem::id).doesNotContain(type.id());
            assertThatThrownBy(() -> referenceData.renameExperienceCategory(category.id(), "Hijacked"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> referenceData.changeActivityType(type.id(), "Hijacked", ActivityArea.RESEARCH))
                    .isInstanceOf(AccessDeniedException.class);
        });
        assertThat(jdbc.queryForObject("select name from experience_category where id = ?", String.class, category.id()))
                .isEqualTo(category.name());
        assertThat(jdbc.queryForObject("select name from activity_type where id = ?", String.class, type.id()))
                .isEqualTo(type.name());
    }

    private long definitionCount(Long programmeId) {
        return jdbc.queryForObject("select count(*) from programme_definition where programme_id = ?", Long.class, programmeId);
    }

    @Test
    void anotherProvidersStaff_cannotBeListedChangedOrRemoved() {
        StaffMember northbridgeCoordinator = as(DemoLogins.NB_LEAD, () -> staff.list(PageRequest.of(0, 50))).stream()
                .filter(m -> m.role() == Role.COORDINATOR).findFirst().orElseThrow();

        List<StaffMember> southmoorStaff = as(DemoLogins.SM_LEAD, () -> staff.list(PageRequest.of(0, 50)));
        assertThat(southmoorStaff).extracting(StaffMember::email).doesNotContain(northbridgeCoordinator.email());

        as(DemoLogins.SM_LEAD, () -> {
            assertThatThrownBy(() -> staff.changeRole(northbridgeCoordinator.membershipId(), Role.FINANCE))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> staff.remove(northbridgeCoordinator.membershipId()))
                    .isInstanceOf(AccessDeniedException.class);
        });
        assertThat(jdbc.queryForObject("select role from membership where id = ?", String.class,
                northbridgeCoordinator.membershipId())).isEqualTo("COORDINATOR");
    }

    @Test
    void anotherProvidersInvitation_cannotBeWithdrawn() {
        String email = "isolation-" + System.nanoTime() + "@example.org";
        as(DemoLogins.NB_LEAD, () -> invitations.inviteStaff(email, Role.FINANCE));
        Long invitationId = jdbc.queryForObject("select id from invitation where email = ?", Long.class, email);

        as(DemoLogins.SM_LEAD, () -> {
            assertThat(invitations.pending(PageRequest.of(0, 50))).noneMatch(i -> i.email().equals(email));
            assertThatThrownBy(() -> invitations.revoke(invitationId)).isInstanceOf(AccessDeniedException.class);
        });
        assertThat(jdbc.queryForObject("select revoked_at from invitation where id = ?", java.sql.Timestamp.class,
                invitationId)).isNull();
    }

    @Test
    void rowsWrittenInAProvider_carryItsTenantId() {
        String email = "tenant-id-" + System.nanoTime() + "@example.org";
        as(DemoLogins.SM_LEAD, () -> invitations.inviteStaff(email, Role.COORDINATOR));
        assertThat(jdbc.queryForObject("select tenant_id from invitation where email = ?", Long.class, email))
                .isEqualTo(providerId("SMC"));
    }
}
