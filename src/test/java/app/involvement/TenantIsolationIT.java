package app.involvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.identity.Invitations;
import app.involvement.identity.Role;
import app.involvement.identity.StaffDirectory;
import app.involvement.identity.StaffMember;
import app.involvement.provider.ProgrammeSummary;
import app.involvement.provider.Programmes;
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
