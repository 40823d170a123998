package app.involvement.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.identity.TwoStepPolicy;
import app.involvement.tenancy.TenantContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** The pages of two-step sign-in, and the guard that keeps everything else shut until it is passed. */
class TwoStepViewsTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private TwoStepPolicy policy;

    @Test
    void aLeadAfterThePasswordOnly_isSentToTheCodePage_whateverTheyOpen() {
        passwordOnly(DemoLogins.NB_LEAD, () -> {
            for (String route : List.of("", "staff", "partners", "programmes", "who-is-free", "two-step", "mfa-setup")) {
                UI.getCurrent().navigate(route);
                assertThat(getCurrentView()).as(route).isInstanceOf(SecondStepView.class);
            }
        });
    }

    @Test
    void aPlatformAdminAfterThePasswordOnly_cannotOpenTheProviders() {
        passwordOnly(DemoLogins.PLATFORM, () -> {
            UI.getCurrent().navigate("providers");
            assertThat(getCurrentView()).isInstanceOf(SecondStepView.class);
        });
    }

    @Test
    void aCoordinatorWhoseProviderRequiresIt_mustSetUpTheApp_withAQrCodeAndTheKeyAsText() {
        as(DemoLogins.NB_LEAD, () -> policy.requireForStaff(true));
        SecurityContextHolder.clearContext();
        try {
            passwordOnly(DemoLogins.NB_COORDINATOR, () -> {
                UI.getCurrent().navigate("partners");
                assertThat(getCurrentView()).isInstanceOf(EnrolView.class);
                Image qr = find(Image.class).single();
                assertThat(qr.getAlt()).contains(getTranslation("mfa.setup.qr-alt"));
                assertThat(qr.getSrc()).startsWith("data:image/svg+xml;base64,");
                String key = find(Span.class).withId("mfa-secret").single().getText();
                assertThat(key.replace(" ", "")).matches("[A-Z2-7]{32}");
            });
        } finally {
            as(DemoLogins.NB_LEAD, () -> policy.requireForStaff(false));
        }
    }

    @Test
    void theLead_setsTheRequirementOnTheStaffPage() {
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate(StaffListView.class);
            var required = find(Checkbox.class).withId("staff-two-step").single();
            assertThat(required.getValue()).isFalse();
            test(required).click();
            assertThat(policy.requiredForStaff()).isTrue();
            test(required).click();
            assertThat(policy.requiredForStaff()).isFalse();
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'MFA_POLICY_CHANGED'"
                + " and tenant_id = (select id from provider where short_code = 'NBU')", Long.class)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aPartner_isOfferedTwoStepSignIn_fromTheNavigation() {
        as(DemoLogins.NB_PARTNER, () -> {
            UI.getCurrent().navigate("two-step");
            assertThat(getCurrentView()).isInstanceOf(TwoStepView.class);
            assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("mfa-status").single().getText())
                    .isEqualTo(getTranslation("mfa.settings.off"));
        });
    }

    private void passwordOnly(String email, Runnable body) {
        var auth = DemoLogins.login(authenticationProvider, email);
        SecurityContextHolder.getContext().setAuthentication(auth);
        TenantContext.runAs(DemoLogins.user(auth).activeTenantId().orElse(null), body);
    }

    private String getTranslation(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
