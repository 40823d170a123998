package app.involvement.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The platform admin onboards a provider and invites its first involvement lead. */
class ProviderListViewTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void onboarding_createsTheProviderAndInvitesItsLead() {
        String code = "T" + (System.nanoTime() % 100000);
        as(DemoLogins.PLATFORM, () -> {
            UI.getCurrent().navigate(ProviderListView.class);
            fill(code, "Eastfield NHS Trust", "lead@eastfield.example");
            test(find(Button.class).withText("Onboard and invite lead").single()).click();
        });
        Long id = jdbc.queryForObject("select id from provider where short_code = ?", Long.class, code);
        assertThat(jdbc.queryForObject("select role from invitation where tenant_id = ? and email = ?", String.class,
                id, "lead@eastfield.example")).isEqualTo("LEAD");
    }

    @Test
    void aShortCodeInUse_isRefusedWithAMessage() {
        long before = jdbc.queryForObject("select count(*) from provider", Long.class);
        as(DemoLogins.PLATFORM, () -> {
            UI.getCurrent().navigate(ProviderListView.class);
            fill("NBU", "Another Northbridge", "lead@another.example");
            test(find(Button.class).withText("Onboard and invite lead").single()).click();
            var code = find(TextField.class).withLabel("Short code").single();
            assertThat(code.isInvalid()).isTrue();
            assertThat(code.getErrorMessage()).isEqualTo("The short code NBU is already in use");
        });
        assertThat(jdbc.queryForObject("select count(*) from provider", Long.class)).isEqualTo(before);
    }

    @Test
    void malformedFields_areRefusedBeforeAnythingIsStored() {
        long before = jdbc.queryForObject("select count(*) from provider", Long.class);
        as(DemoLogins.PLATFORM, () -> {
            UI.getCurrent().navigate(ProviderListView.class);
            fill("lower-case!", "x".repeat(121), "not an address");
            test(find(Button.class).withText("Onboard and invite lead").single()).click();
            assertThat(find(TextField.class).withLabel("Short code").single().isInvalid()).isTrue();
            var lead = find(EmailField.class).withLabel("First involvement lead’s e-mail").single();
            assertThat(lead.isInvalid()).isTrue();
            assertThat(lead.getErrorMessage()).as("a red field says what is wrong")
                    .isEqualTo("An e-mail address has exactly one @, like name@example.org");
        });
        assertThat(jdbc.queryForObject("select count(*) from provider", Long.class)).isEqualTo(before);
    }

    private void fill(String code, String name, String leadEmail) {
        test(find(Button.class).withText("Onboard a provider").single()).click();
        test(find(TextField.class).withLabel("Provider name").single()).setValue(name);
        test(find(TextField.class).withLabel("Short code").single()).setValue(code);
        test(find(TextField.class).withLabel("Contact name").single()).setValue("Erin Contact");
        test(find(EmailField.class).withLabel("Contact e-mail").single()).setValue("contact@eastfield.example");
        test(find(EmailField.class).withLabel("First involvement lead’s e-mail").single()).setValue(leadEmail);
    }
}
