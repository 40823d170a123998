package app.involvement.pool.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A partner keeps their own profile and decides about their experience categories. */
class MyProfileViewTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void partner_savesTheirProfile() {
        as(DemoLogins.NB_CARER, () -> {
            UI.getCurrent().navigate(MyProfileView.class);
            test(field("Pronouns (optional)")).setValue("she/her");
            test(field("UK phone number (optional)")).setValue("07700 900123");
            test(find(Button.class).withText("Save my profile").single()).click();
        });
        assertThat(jdbc.queryForMap("select pronouns, phone from partner where user_id = (select id from user_account"
                + " where email = ?)", DemoLogins.NB_CARER)).containsEntry("pronouns", "she/her")
                .containsEntry("phone", "07700 900123");
    }

    @Test
    void badPostcode_isShownNextToTheFieldAndNothingIsStored() {
        String before = postcode(DemoLogins.NB_PARTNER);
        as(DemoLogins.NB_PARTNER, () -> {
            UI.getCurrent().navigate(MyProfileView.class);
            test(field("Postcode (optional)")).setValue("12345");
            test(find(Button.class).withText("Save my profile").single()).click();
            assertThat(field("Postcode (optional)").getErrorMessage()).startsWith("Enter a UK postcode");
        });
        assertThat(postcode(DemoLogins.NB_PARTNER)).isEqualTo(before);
    }

    @Test
    void categories_needTheConsentBoxAndWithdrawalDeletesThem() {
        as(DemoLogins.SM_PARTNER, () -> {
            UI.getCurrent().navigate(MyProfileView.class);
            var view = (MyProfileView) getCurrentView();
            assertThat(view.categories.isEnabled()).isFalse();
            test(view.agree).click();
            assertThat(view.categories.isEnabled()).isTrue();
            view.categories.setValue(view.categories.getItems().stream()
                    .filter(c -> c.name().equals("Stroke survivor")).collect(java.util.stream.Collectors.toSet()));
            test(find(Button.class).withText("Save my experience").single()).click();
        });
        assertThat(categories(DemoLogins.SM_PARTNER)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select consent_text from partner where user_id = (select id from user_account"
                + " where email = ?)", String.class, DemoLogins.SM_PARTNER)).startsWith("I agree that this provider");

        as(DemoLogins.SM_PARTNER, () -> {
            UI.getCurrent().navigate(MyProfileView.class);
            test(find(Button.class).withText("Withdraw my agreement").single()).click();
            test(find(ConfirmDialog.class).single()).confirm();
        });
        assertThat(categories(DemoLogins.SM_PARTNER)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'EXPERIENCE_CONSENT_WITHDRAWN'",
                Long.class)).isPositive();
    }

    private TextField field(String label) {
        return find(TextField.class).withCaption(label).single();
    }

    private String postcode(String email) {
        return jdbc.queryForObject("select postcode from partner where user_id = (select id from user_account"
                + " where email = ?)", String.class, email);
    }

    private long categories(String email) {
        return jdbc.queryForObject("select count(*) from partner_experience e join partner p on p.id = e.partner_id"
                + " where p.user_id = (select id from user_account where email = ?)", Long.class, email);
    }
}
