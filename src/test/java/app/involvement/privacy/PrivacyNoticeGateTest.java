package app.involvement.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The privacy notice gate (DD050): a partner who has not confirmed the provider's current notice is brought to it
 * from every partner page until they confirm; without a notice nobody is stopped; staff never are; the accessibility
 * statement stays open.
 */
class PrivacyNoticeGateTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PrivacyNotices notices;

    @AfterEach
    void demoNoticeBack() {
        PrivacyFixture.backToTheDemoNotice(jdbc, "NBU");
    }

    @Test
    void withoutANotice_partnersAreNotStopped() {
        Long northbridge = PrivacyFixture.tenant(jdbc, "NBU");
        var kept = jdbc.queryForList("select * from privacy_notice_version where tenant_id = ?", northbridge);
        jdbc.update("delete from privacy_notice_confirmation where tenant_id = ? and user_id = ?", northbridge,
                PrivacyFixture.userOf(jdbc, DemoLogins.NB_CARER));
        jdbc.update("delete from privacy_notice_version where tenant_id = ?", northbridge);
        try {
            as(DemoLogins.NB_CARER, () -> {
                UI.getCurrent().navigate("my-profile");
                assertThat(viewName()).isEqualTo("MyProfileView");
                UI.getCurrent().navigate("");
                assertThat(viewName()).isEqualTo("HomeView");
            });
        } finally {
            kept.forEach(row -> jdbc.update("insert into privacy_notice_version (id, version, tenant_id, version_number,"
                    + " text_en, text_cy, published_on, published_by, published_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row.get("id"), row.get("version"), row.get("tenant_id"), row.get("version_number"), row.get("text_en"),
                    row.get("text_cy"), row.get("published_on"), row.get("published_by"), row.get("published_at")));
            confirmDemoNotice(DemoLogins.NB_CARER);
        }
    }

    @Test
    void aNewVersion_stopsThePartnerUntilTheyConfirmIt_andTheConfirmationIsRecorded() {
        NoticeVersion published = asLead(() -> notices.publish("Version two of our notice.", "Fersiwn dau o'n hysbysiad."));
        Long carer = PrivacyFixture.partnerOf(jdbc, DemoLogins.NB_CARER, "NBU");
        as(DemoLogins.NB_CARER, () -> {
            UI.getCurrent().navigate("my-profile");
            assertThat(viewName()).as("a partner page leads to the notice").isEqualTo("ReadNoticeView");
            UI.getCurrent().navigate("my-sessions");
            assertThat(viewName()).isEqualTo("ReadNoticeView");
            UI.getCurrent().navigate("");
            assertThat(viewName()).as("and so does the home page").isEqualTo("ReadNoticeView");
            UI.getCurrent().navigate("accessibility");
            assertThat(viewName()).as("the accessibility statement stays open").isEqualTo("AccessibilityStatementView");

            UI.getCurrent().navigate(PrivacyNavigation.READ);
            assertThat(find(com.vaadin.flow.component.html.Div.class).withId("privacy-notice-text").single().getText())
                    .isEqualTo("Version two of our notice.");
            test(find(Button.class).withId("privacy-notice-confirm").single()).click();
            UI.getCurrent().navigate("my-profile");
            assertThat(viewName()).as("open once confirmed").isEqualTo("MyProfileView");
        });
        assertThat(jdbc.queryForList("select partner_id from privacy_notice_confirmation where user_id = ?"
                + " and version_number = ? and tenant_id = ?", Long.class, PrivacyFixture.userOf(jdbc, DemoLogins.NB_CARER),
                published.number(), PrivacyFixture.tenant(jdbc, "NBU"))).containsExactly(carer);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'PRIVACY_NOTICE_CONFIRMED'"
                + " and subject = ? and detail = ?", Long.class, "partner " + carer, "version " + published.number()))
                .isOne();
    }

    @Test
    void partnersWhoConfirmedTheCurrentVersion_goStraightToTheirPages() {
        as(DemoLogins.NB_PARTNER, () -> {
            UI.getCurrent().navigate("my-profile");
            assertThat(viewName()).isEqualTo("MyProfileView");
            assertThat(notices.mustConfirm()).isFalse();
        });
    }

    @Test
    void staffAreNeverStopped() {
        asLead(() -> notices.publish("Version two of our notice.", "Fersiwn dau o'n hysbysiad."));
        for (String staff : List.of(DemoLogins.NB_LEAD, DemoLogins.NB_COORDINATOR, DemoLogins.NB_FINANCE)) {
            as(staff, () -> {
                assertThat(notices.mustConfirm()).isFalse();
                UI.getCurrent().navigate("");
                assertThat(viewName()).as(staff).isEqualTo("HomeView");
                UI.getCurrent().navigate("partners");
                assertThat(viewName()).as(staff).isEqualTo("PoolListView");
            });
        }
    }

    private String viewName() {
        return getCurrentView().getClass().getSimpleName();
    }

    private NoticeVersion asLead(java.util.function.Supplier<NoticeVersion> body) {
        var result = new java.util.concurrent.atomic.AtomicReference<NoticeVersion>();
        as(DemoLogins.NB_LEAD, () -> result.set(body.get()));
        return result.get();
    }

    private void confirmDemoNotice(String email) {
        Long tenant = PrivacyFixture.tenant(jdbc, "NBU");
        Long user = PrivacyFixture.userOf(jdbc, email);
        if (jdbc.queryForObject("select count(*) from privacy_notice_confirmation where tenant_id = ? and user_id = ?"
                + " and version_number = 1", Long.class, tenant, user) == 0) {
            jdbc.update("insert into privacy_notice_confirmation (version, tenant_id, user_id, partner_id, version_number,"
                    + " confirmed_at) values (0, ?, ?, ?, 1, current_timestamp)", tenant, user,
                    PrivacyFixture.partnerOf(jdbc, email, "NBU"));
        }
    }
}
