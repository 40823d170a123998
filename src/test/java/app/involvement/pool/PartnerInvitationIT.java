package app.involvement.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.identity.Invitations;
import app.involvement.identity.PendingInvitation;
import app.involvement.identity.Role;
import app.involvement.shared.BusinessRuleException;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Accepting a partner invitation gives the person the record the invitation was sent for, or a new
 * one — never another person's record that happens to carry the same address by then.
 */
class PartnerInvitationIT extends IntegrationTestBase {

    private static final Pattern LINK = Pattern.compile("/invitation\\?token=([A-Za-z0-9_-]+)");
    private static final String PASS = "a long enough pass phrase";

    @Autowired
    private Invitations invitations;

    @Autowired
    private Pool pool;

    @Test
    void acceptingWithoutARecord_createsALinkedApplicant() {
        String email = "new.partner." + System.nanoTime() + "@example.org";
        as(DemoLogins.NB_COORDINATOR, () -> invitations.invitePartner(email));
        invitations.acceptWithNewAccount(token(email), "Robin Newman", PASS);
        assertThat(jdbc.queryForMap("select p.preferred_name, p.status, p.tenant_id, p.payment_choice from partner p"
                + " join user_account u on u.id = p.user_id where u.email = ?", email))
                .containsEntry("preferred_name", "Robin Newman").containsEntry("status", "APPLICANT")
                .containsEntry("tenant_id", providerId("NBU"))
                .as("the partner chooses how to be paid").containsEntry("payment_choice", null);
    }

    @Test
    void anAddressTypedOntoAnotherRecordAfterInviting_doesNotGiveThatRecordAway() {
        String email = "mixup." + System.nanoTime() + "@example.org";
        as(DemoLogins.NB_COORDINATOR, () -> invitations.invitePartner(email));
        Long other = as(DemoLogins.NB_COORDINATOR, () -> pool.add(new PartnerProfile("Someone Else", "Someone Else Entirely",
                "", email, "07700 900999", "LS1 4DY", PartnerKind.CARER, ContactPreference.PHONE,
                PaymentChoice.EXPENSES_ONLY, Set.of(), "Needs a ground floor room", Set.of()), null));

        invitations.acceptWithNewAccount(token(email), "Invited Person", PASS);

        assertThat(jdbc.queryForMap("select user_id, preferred_name, phone from partner where id = ?", other))
                .as("the other person's record stays theirs").containsEntry("user_id", null)
                .containsEntry("preferred_name", "Someone Else");
        assertThat(jdbc.queryForMap("select p.preferred_name, p.phone, p.postcode, p.access_notes from partner p"
                + " join user_account u on u.id = p.user_id where u.email = ?", email))
                .containsEntry("preferred_name", "Invited Person").containsEntry("phone", null)
                .containsEntry("postcode", null).containsEntry("access_notes", null);
    }

    @Test
    void invitingFromARecord_linksThatRecord_andHistoryAndAuditSaySo() {
        String email = "assisted." + System.nanoTime() + "@example.org";
        Long id = as(DemoLogins.NB_COORDINATOR, () -> pool.add(new PartnerProfile("Hand Added", "", "", email, "", "",
                PartnerKind.CARER, ContactPreference.PHONE, PaymentChoice.EXPENSES_ONLY, Set.of(), "", Set.of()), null));
        var sent = as(DemoLogins.NB_COORDINATOR, () -> pool.inviteToLogIn(id));
        assertThat(sent.email()).isEqualTo(email);

        invitations.acceptWithNewAccount(token(email), "Hand Added", PASS);

        assertThat(jdbc.queryForObject("select count(*) from partner where email = ?", Long.class, email)).isOne();
        assertThat(jdbc.queryForObject("select u.email from partner p join user_account u on u.id = p.user_id where p.id = ?",
                String.class, id)).isEqualTo(email);
        assertThat(history(id)).containsSubsequence("pool.history.added", "pool.history.invited",
                "pool.history.account-linked");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'PARTNER_ACCOUNT_LINKED'"
                + " and subject = ?", Long.class, "partner " + id)).isOne();
    }

    @Test
    void changingTheAddressOfAnInvitedRecord_withdrawsTheInvitationVisibly() {
        String email = "changing." + System.nanoTime() + "@example.org";
        var profile = new PartnerProfile("Changing Address", "", "", email, "", "", PartnerKind.CARER,
                ContactPreference.EMAIL, PaymentChoice.FEE, Set.of(), "", Set.of());
        Long id = as(DemoLogins.NB_COORDINATOR, () -> pool.add(profile, null));
        as(DemoLogins.NB_COORDINATOR, () -> pool.inviteToLogIn(id));
        String token = token(email);
        assertThat(as(DemoLogins.SM_COORDINATOR, () -> invitations.withdrawForPartner(id)))
                .as("another provider cannot withdraw it").isEmpty();
        assertThat(invitations.open(token)).isPresent();

        boolean withdrawn = as(DemoLogins.NB_COORDINATOR, () -> pool.update(id, new PartnerProfile("Changing Address",
                "", "", "someone.else." + email, "", "", PartnerKind.CARER, ContactPreference.EMAIL, PaymentChoice.FEE,
                Set.of(), "", Set.of()), null, "New address given by phone"));

        assertThat(withdrawn).isTrue();
        assertThat(invitations.open(token)).as("the old link no longer works").isEmpty();
        assertThatThrownBy(() -> invitations.acceptWithNewAccount(token, "Changing Address", PASS))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(history(id)).last().isEqualTo("pool.history.invitation-withdrawn");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'INVITATION_REVOKED'"
                + " and subject = ?", Long.class, email)).isOne();
        assertThat(as(DemoLogins.NB_COORDINATOR, () -> pool.update(id, new PartnerProfile("Renamed", "", "",
                "someone.else." + email, "", "", PartnerKind.CARER, ContactPreference.EMAIL, PaymentChoice.FEE,
                Set.of(), "", Set.of()), null, "Name corrected on request")))
                .as("saving without changing the address withdraws nothing").isFalse();
    }

    @Test
    void reinvitingAnAddress_saysTheEarlierLinkNoLongerWorks() {
        String email = "twice." + System.nanoTime() + "@example.org";
        var first = as(DemoLogins.NB_COORDINATOR, () -> invitations.invitePartner(email));
        String firstToken = token(email);
        var second = as(DemoLogins.NB_COORDINATOR, () -> invitations.invitePartner(email));

        assertThat(first.replacedEarlier()).isFalse();
        assertThat(second.replacedEarlier()).isTrue();
        assertThat(invitations.open(firstToken)).isEmpty();
        assertThat(jdbc.queryForObject("select detail from audit_entry where event_type = 'INVITATION_REVOKED' and subject = ?",
                String.class, email)).isEqualTo("replaced by a new invitation");
    }

    @Test
    void malformedAddresses_areNeitherStoredNorMailed() {
        as(DemoLogins.NB_COORDINATOR, () -> assertThatThrownBy(() -> invitations.invitePartner("<script>@x.com"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("email.local-part")));
        assertThat(jdbc.queryForObject("select count(*) from invitation where email like '%<%'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mail_message where recipient like '%<%'", Long.class)).isZero();
    }

    @Test
    void anotherProvidersRecord_cannotBeInvited() {
        Long southmoorPartner = jdbc.queryForObject("select min(id) from partner where tenant_id = ? and user_id is null"
                + " and email is not null", Long.class, providerId("SMC"));
        as(DemoLogins.NB_COORDINATOR, () -> assertThatThrownBy(() -> pool.inviteToLogIn(southmoorPartner))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("pool.error.not-found")));
        as(DemoLogins.NB_FINANCE, () -> assertThatThrownBy(() -> pool.inviteToLogIn(southmoorPartner))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void invitePartner_isForLeadsAndCoordinatorsOnly() {
        String email = "invite." + System.nanoTime() + "@example.org";
        as(DemoLogins.NB_FINANCE, () -> assertThatThrownBy(() -> invitations.invitePartner(email))
                .isInstanceOf(AccessDeniedException.class));
        as(DemoLogins.NB_PARTNER, () -> assertThatThrownBy(() -> invitations.invitePartner(email))
                .isInstanceOf(AccessDeniedException.class));
        as(DemoLogins.NB_FINANCE, () -> assertThatThrownBy(() -> invitations.withdrawForPartner(1L))
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


    private List<String> history(Long partnerId) {
        return jdbc.queryForList("select reason from partner_status_change where partner_id = ? order by recorded_at, id",
                String.class, partnerId);
    }

    /** The newest invitation link to the address, from the mail outbox (no mail server in this test). */
    private String token(String email) {
        String body = jdbc.queryForList("select body from mail_message where recipient = ? and body is not null"
                + " order by id desc", String.class, email).getFirst();
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }
}
