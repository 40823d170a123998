package app.involvement.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.availability.PartOfDay;
import app.involvement.availability.SlotQuery;
import app.involvement.availability.WhoIsFree;
import app.involvement.pool.PartnerNavigation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Authorisation failures and logouts leave an audit entry: who, what, in which provider — never a token. */
class SecurityAuditViewTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private WhoIsFree whoIsFree;

    @Autowired
    private app.involvement.identity.CurrentUser currentUser;

    @Test
    void aDeniedRoute_isRecordedWithItsPathButNotItsQueryString() {
        long before = count("ACCESS_DENIED_ROUTE", "/staff");
        as(DemoLogins.NB_FINANCE, () -> {
            UI.getCurrent().navigate("staff", com.vaadin.flow.router.QueryParameters.of("token", "s3cret"));
            assertThat(getCurrentView().getClass().getSimpleName()).isNotEqualTo("StaffListView");
        });
        assertThat(count("ACCESS_DENIED_ROUTE", "/staff")).isEqualTo(before + 1);
        var entry = jdbc.queryForMap("select actor, tenant_id, detail from audit_entry where event_type = 'ACCESS_DENIED_ROUTE'"
                + " and subject = '/staff' order by id desc limit 1");
        assertThat(entry).containsEntry("actor", DemoLogins.NB_FINANCE).containsEntry("tenant_id", providerId("NBU"))
                .containsEntry("detail", "FINANCE");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject like '%s3cret%'"
                + " or detail like '%s3cret%'", Long.class)).isZero();
    }

    @Test
    void anAllowedRoute_andTheMenuChecks_recordNothing() {
        long before = jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ACCESS_DENIED_ROUTE'", Long.class);
        as(DemoLogins.NB_LEAD, () -> UI.getCurrent().navigate("staff"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ACCESS_DENIED_ROUTE'", Long.class))
                .isEqualTo(before);
    }

    @Test
    void anotherProvidersPartnerIdInTheAddress_isRecordedOnce() {
        Long southmoor = jdbc.queryForObject("select min(p.id) from partner p join provider v on v.id = p.tenant_id"
                + " where v.short_code = 'SMC'", Long.class);
        long before = count("ACCESS_DENIED_RECORD", "partner " + southmoor);
        as(DemoLogins.NB_COORDINATOR, () -> UI.getCurrent().navigate(PartnerNavigation.details(southmoor)));
        assertThat(count("ACCESS_DENIED_RECORD", "partner " + southmoor)).isEqualTo(before + 1);
    }

    @Test
    void aServiceMethodTheRoleMayNotCall_isRecorded() {
        long before = jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ACCESS_DENIED_METHOD'"
                + " and actor = ?", Long.class, DemoLogins.NB_FINANCE);
        as(DemoLogins.NB_FINANCE, () -> assertThatThrownBy(() -> whoIsFree.count(new SlotQuery(LocalDate.now(),
                PartOfDay.MORNING, null, null))).isInstanceOf(AccessDeniedException.class));
        assertThat(jdbc.queryForObject("select subject from audit_entry where event_type = 'ACCESS_DENIED_METHOD'"
                + " and actor = ? order by id desc limit 1", String.class, DemoLogins.NB_FINANCE)).endsWith(".count");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ACCESS_DENIED_METHOD'"
                + " and actor = ?", Long.class, DemoLogins.NB_FINANCE)).isEqualTo(before + 1);
    }

    @Test
    void choosingSomeoneElsesMembership_isRefusedAndRecorded() {
        Long theirs = jdbc.queryForObject("select m.id from membership m join user_account u on u.id = m.user_id"
                + " where u.email = ?", Long.class, DemoLogins.SM_LEAD);
        long before = count("ACCESS_DENIED_RECORD", "membership " + theirs);
        as(DemoLogins.NB_LEAD, () -> assertThatThrownBy(() -> currentUser.choose(theirs))
                .isInstanceOf(AccessDeniedException.class));
        assertThat(count("ACCESS_DENIED_RECORD", "membership " + theirs)).isEqualTo(before + 1);
    }

    @Test
    void logout_isRecorded() {
        long before = count("LOGOUT", DemoLogins.NB_LEAD);
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate(HomeView.class);
            try {
                test(find(Button.class).withText("Log out").single()).click();
            } catch (IllegalStateException mockSessionAlreadyInvalidated) {
                // the browserless mock session refuses Spring's clean-up after invalidation; a real one does not
            }
        });
        assertThat(count("LOGOUT", DemoLogins.NB_LEAD)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select tenant_id from audit_entry where event_type = 'LOGOUT' and subject = ?"
                + " order by id desc limit 1", Long.class, DemoLogins.NB_LEAD)).isEqualTo(providerId("NBU"));
    }

    private long count(String type, String subject) {
        return jdbc.queryForObject("select count(*) from audit_entry where event_type = ? and subject = ?", Long.class, type,
                subject);
    }

    private Long providerId(String code) {
        return jdbc.queryForObject("select id from provider where short_code = ?", Long.class, code);
    }
}
