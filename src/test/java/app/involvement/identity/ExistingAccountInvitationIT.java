package app.involvement.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.shared.BusinessRuleException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An invitation to an address that already has an account adds the provider to that account only when
 * its owner accepts while logged in: a forwarded or intercepted link is not enough.
 */
class ExistingAccountInvitationIT extends IntegrationTestBase {

    private static final Pattern LINK = Pattern.compile("/invitation\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    private Invitations invitations;

    @Test
    void onlyTheAccountsOwner_loggedIn_canAcceptForIt() {
        String email = "two.providers." + System.nanoTime() + "@example.org";
        as(DemoLogins.NB_LEAD, () -> invitations.inviteStaff(email, Role.FINANCE));
        invitations.acceptWithNewAccount(token(email), "Tamsin Two", DemoLogins.PASSWORD);
        as(DemoLogins.SM_LEAD, () -> invitations.inviteStaff(email, Role.COORDINATOR));
        String token = token(email);
        assertThat(invitations.open(token)).get().satisfies(open -> assertThat(open.accountExists()).isTrue());

        assertThatThrownBy(() -> invitations.acceptWithExistingAccount(token))
                .as("not logged in").isInstanceOfSatisfying(BusinessRuleException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("invitation.log-in-first"));
        as(DemoLogins.SM_COORDINATOR, () -> assertThatThrownBy(() -> invitations.acceptWithExistingAccount(token))
                .as("logged in as someone else").isInstanceOf(BusinessRuleException.class));
        assertThat(memberships(email)).as("nothing added yet").isOne();
        assertThat(invitations.open(token)).as("the link still works for its owner").isPresent();

        as(email, () -> invitations.acceptWithExistingAccount(token));

        assertThat(memberships(email)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select m.role from membership m join user_account u on u.id = m.user_id"
                + " where u.email = ? and m.tenant_id = ?", String.class, email, providerId("SMC"))).isEqualTo("COORDINATOR");
        assertThat(invitations.open(token)).isEmpty();
    }

    private long memberships(String email) {
        return jdbc.queryForObject("select count(*) from membership m join user_account u on u.id = m.user_id"
                + " where u.email = ?", Long.class, email);
    }

    private String token(String email) {
        String body = jdbc.queryForList("select body from mail_message where recipient = ? and body is not null"
                + " order by id desc", String.class, email).getFirst();
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }
}
