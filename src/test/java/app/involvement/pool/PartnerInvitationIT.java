package app.involvement.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.identity.Invitations;
import app.involvement.identity.PendingInvitation;
import app.involvement.identity.Role;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Accepting a partner invitation creates the person's partner record, or links the hand-added one. */
class PartnerInvitationIT extends IntegrationTestBase {

    @Autowired
    private Invitations invitations;

    @Autowired
    private Pool pool;

    @Test
    void acceptingWithoutAHandAddedRecord_createsALinkedApplicant() {
        String email = "new.partner." + System.nanoTime() + "@example.org";
        invitations.acceptWithNewAccount(issue(email), "Robin Newman", "a long enough pass phrase");
        assertThat(jdbc.queryForMap("select p.preferred_name, p.status, p.tenant_id from partner p"
                + " join user_account u on u.id = p.user_id where u.email = ?", email))
                .containsEntry("preferred_name", "Robin Newman").containsEntry("status", "APPLICANT")
                .containsEntry("tenant_id", providerId("NBU"));
    }

    @Test
    void acceptingWithAHandAddedRecord_linksIt() {
        String email = "assisted." + System.nanoTime() + "@example.org";
        Long id = as(DemoLogins.NB_COORDINATOR, () -> pool.add(new PartnerProfile("Hand Added", "", "", email, "", "",
                PartnerKind.CARER, ContactPreference.PHONE, PaymentChoice.EXPENSES_ONLY, Set.of(), "", Set.of()), null));
        invitations.acceptWithNewAccount(issue(email), "Hand Added", "a long enough pass phrase");
        assertThat(jdbc.queryForObject("select count(*) from partner where email = ?", Long.class, email)).isOne();
        assertThat(jdbc.queryForObject("select u.email from partner p join user_account u on u.id = p.user_id where p.id = ?",
                String.class, id)).isEqualTo(email);
    }

    @Test
    void invitePartner_isForLeadsAndCoordinatorsOnly() {
        String email = "invite." + System.nanoTime() + "@example.org";
        as(DemoLogins.NB_FINANCE, () -> assertThatThrownBy(() -> invitations.invitePartner(email))
                .isInstanceOf(AccessDeniedException.class));
        as(DemoLogins.NB_PARTNER, () -> assertThatThrownBy(() -> invitations.invitePartner(email))
                .isInstanceOf(AccessDeniedException.class));
        as(DemoLogins.NB_LEAD, () -> invitations.invitePartner(email));
        assertThat(jdbc.queryForObject("select role from invitation where email = ?", String.class, email)).isEqualTo("PARTNER");
    }

    @Test
    void coordinators_seeTheirProvidersPartnerInvitationsOnly_andWithdrawThem() {
        String partner = "pending.partner." + System.nanoTime() + "@example.org";
        String staff = "pending.staff." + System.nanoTime() + "@example.org";
        String southmoor = "pending.south." + System.nanoTime() + "@example.org";
        as(DemoLogins.NB_COORDINATOR, () -> invitations.invitePartner(partner));
        as(DemoLogins.NB_LEAD, () -> invitations.inviteStaff(staff, Role.FINANCE));
        as(DemoLogins.SM_COORDINATOR, () -> invitations.invitePartner(southmoor));

        List<String> seen = as(DemoLogins.NB_COORDINATOR, () -> invitations.pendingPartners(PageRequest.of(0, 50)))
                .stream().map(PendingInvitation::email).toList();
        assertThat(seen).contains(partner).doesNotContain(staff, southmoor);

        Long partnerInvitation = invitationId(partner);
        as(DemoLogins.NB_COORDINATOR, () -> invitations.revokePartner(partnerInvitation));
        assertThat(jdbc.queryForObject("select revoked_at is not null from invitation where id = ?", Boolean.class,
                partnerInvitation)).isTrue();
        assertThat(as(DemoLogins.NB_COORDINATOR, () -> invitations.pendingPartners(PageRequest.of(0, 50))))
                .extracting(PendingInvitation::email).doesNotContain(partner);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'INVITATION_REVOKED' and subject = ?",
                Long.class, partner)).isOne();
    }

    @Test
    void withdrawing_anotherProvidersOrAStaffInvitation_isRefusedAndChangesNothing() {
        String southmoor = "south.withdraw." + System.nanoTime() + "@example.org";
        String staff = "staff.withdraw." + System.nanoTime() + "@example.org";
        as(DemoLogins.SM_COORDINATOR, () -> invitations.invitePartner(southmoor));
        as(DemoLogins.NB_LEAD, () -> invitations.inviteStaff(staff, Role.COORDINATOR));
        Long theirs = invitationId(southmoor);
        Long staffInvitation = invitationId(staff);

        as(DemoLogins.NB_COORDINATOR, () -> {
            assertThatThrownBy(() -> invitations.revokePartner(theirs)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> invitations.revokePartner(staffInvitation)).isInstanceOf(AccessDeniedException.class);
        });
        as(DemoLogins.SM_PARTNER, () -> assertThatThrownBy(() -> invitations.revokePartner(theirs))
                .isInstanceOf(AccessDeniedException.class));
        as(DemoLogins.NB_FINANCE, () -> assertThatThrownBy(() -> invitations.pendingPartners(PageRequest.of(0, 50)))
                .isInstanceOf(AccessDeniedException.class));
        as(DemoLogins.NB_PARTNER, () -> assertThatThrownBy(() -> invitations.pendingPartners(PageRequest.of(0, 50)))
                .isInstanceOf(AccessDeniedException.class));
        assertThat(jdbc.queryForObject("select count(*) from invitation where id in (?, ?) and revoked_at is null",
                Long.class, theirs, staffInvitation)).isEqualTo(2);
    }

    private Long invitationId(String email) {
        return jdbc.queryForObject("select id from invitation where email = ? and revoked_at is null", Long.class, email);
    }

    /** A partner invitation to Northbridge, inserted as the service would; returns the raw token. */
    private String issue(String email) {
        String token = "t" + Long.toHexString(System.nanoTime()) + "x".repeat(20);
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
            jdbc.update("insert into invitation (version, tenant_id, email, role, token_hash, expires_at, created_at)"
                    + " values (0, ?, ?, 'PARTNER', ?, ?, ?)", providerId("NBU"), email, hash,
                    Timestamp.from(Instant.now().plusSeconds(3600)), Timestamp.from(Instant.now()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return token;
    }
}
