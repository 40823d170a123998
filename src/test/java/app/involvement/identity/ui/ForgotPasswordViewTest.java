package app.involvement.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.ViewTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Asking for a reset link: the same answer for an unknown address, a real account and a throttled one. */
class ForgotPasswordViewTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theAnswerReveals_neitherTheAccount_norTheThrottle() {
        String email = "forgetful." + System.nanoTime() + "@example.org";
        jdbc.update("insert into user_account (version, email, display_name, failed_login_count, created_at)"
                + " values (0, ?, 'Fay Forgetful', 0, ?)", email, Timestamp.from(Instant.now()));

        String unknown = ask("nobody." + System.nanoTime() + "@example.org");
        String first = ask(email);
        ask(email);
        ask(email);
        String throttled = ask(email);

        assertThat(unknown).startsWith("If an account uses that address");
        assertThat(first).isEqualTo(unknown);
        assertThat(throttled).isEqualTo(unknown);
        assertThat(jdbc.queryForObject("select count(*) from password_reset_token t join user_account a on a.id = t.user_id"
                + " where a.email = ?", Long.class, email)).as("the fourth request sent nothing").isEqualTo(3);
    }

    @Test
    void notAnEmail_isRefusedInTheForm() {
        UI.getCurrent().navigate("forgot-password");
        test(find(EmailField.class).single()).setValue("not an address");
        test(find(Button.class).withText("Send me a link").single()).click();
        assertThat(find(EmailField.class).single().isInvalid()).isTrue();
    }

    private String ask(String email) {
        UI.getCurrent().navigate("login");
        UI.getCurrent().navigate("forgot-password");
        test(find(EmailField.class).single()).setValue(email);
        test(find(Button.class).withText("Send me a link").single()).click();
        return find(Paragraph.class).first().getText();
    }
}
