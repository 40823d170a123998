package app.involvement.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Opening an invitation link: create an account once; the same link then only explains itself. */
class AcceptInvitationViewTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void forgedLink_explainsAndOffersNoForm() {
        UI.getCurrent().navigate("invitation", QueryParameters.of("token", "forged-token"));
        assertThat(find(Paragraph.class).first().getText()).startsWith("This link has expired");
        assertThat(find(PasswordField.class).exists()).isFalse();
    }

    @Test
    void weakPassword_isRefusedAndNoAccountIsCreated() {
        String token = InvitationLinks.issue(jdbc, "weak." + System.nanoTime() + "@example.org");
        UI.getCurrent().navigate("invitation", QueryParameters.of("token", token));
        test(find(TextField.class).withLabel("Your name").single()).setValue("Wendy Weak");
        find(PasswordField.class).all().forEach(f -> test(f).setValue("password1234"));
        test(find(Button.class).withText("Create my account").single()).click();

        assertThat(find(PasswordField.class).first().getErrorMessage()).contains("too commonly used");
        assertThat(jdbc.queryForObject("select count(*) from user_account where display_name = 'Wendy Weak'", Long.class)).isZero();
    }

    @Test
    void validLink_createsTheAccountOnce() {
        String email = "joiner." + System.nanoTime() + "@example.org";
        String token = InvitationLinks.issue(jdbc, email);
        UI.getCurrent().navigate("invitation", QueryParameters.of("token", token));
        assertThat(find(Paragraph.class).first().getText()).contains("Northbridge University", email);
        test(find(TextField.class).withLabel("Your name").single()).setValue("Jamie Joiner");
        find(PasswordField.class).all().forEach(f -> test(f).setValue("a very memorable phrase"));
        test(find(Button.class).withText("Create my account").single()).click();

        assertThat(find(Paragraph.class).first().getText()).isEqualTo("You have joined. You can now log in.");
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = ?", Long.class, email)).isOne();

        UI.getCurrent().navigate("invitation", QueryParameters.of("token", token));
        assertThat(find(Paragraph.class).first().getText()).startsWith("This link has expired");
    }

    @Test
    void anExistingAccount_signedOut_isAskedToLogInFirst_andSeesNoPlaceholder() {
        String token = InvitationLinks.issue(jdbc, DemoLogins.SM_COORDINATOR);
        UI.getCurrent().navigate("invitation", QueryParameters.of("token", token));

        var texts = find(Paragraph.class).all().stream().map(Paragraph::getText).toList();
        assertThat(texts).noneMatch(t -> t.contains("{") || t.contains("}"));
        assertThat(texts).anyMatch(t -> t.contains("Log in as " + DemoLogins.SM_COORDINATOR));
        assertThat(find(Button.class).withText("Accept invitation").exists()).isFalse();
        test(find(Button.class).withText("Log in to accept").single()).click();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT))
                .as("comes back to the invitation after logging in").isEqualTo("invitation?token=" + token);
    }

    @Test
    void anExistingAccount_signedInAsSomeoneElse_cannotAccept() {
        String token = InvitationLinks.issue(jdbc, DemoLogins.SM_COORDINATOR);
        as(DemoLogins.SM_PARTNER, () -> {
            UI.getCurrent().navigate("invitation", QueryParameters.of("token", token));
            assertThat(find(Button.class).withText("Accept invitation").exists()).isFalse();
            assertThat(find(Paragraph.class).all()).anyMatch(p -> p.getText().contains("you are logged in as "
                    + DemoLogins.SM_PARTNER));
        });
    }

    @Test
    void anExistingAccount_signedIn_namesTheProviderToAdd() {
        String token = InvitationLinks.issue(jdbc, DemoLogins.SM_COORDINATOR);
        as(DemoLogins.SM_COORDINATOR, () -> {
            UI.getCurrent().navigate("invitation", QueryParameters.of("token", token));
            assertThat(find(Paragraph.class).all()).anyMatch(p -> p.getText().equals("You are logged in as "
                    + DemoLogins.SM_COORDINATOR + ". Accept to add Northbridge University to your account."));
            assertThat(find(Button.class).withText("Accept invitation").exists()).isTrue();
        });
    }

    /** Creates an invitation row directly, as the service would, and returns its raw token. */
    static final class InvitationLinks {
        static String issue(JdbcTemplate jdbc, String email) {
            String token = "t" + Long.toHexString(System.nanoTime()) + "x".repeat(20);
            try {
                String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                Long tenant = jdbc.queryForObject("select id from provider where short_code = 'NBU'", Long.class);
                jdbc.update("insert into invitation (version, tenant_id, email, role, token_hash, expires_at, created_at)"
                        + " values (0, ?, ?, 'COORDINATOR', ?, ?, ?)", tenant, email, hash,
                        java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(3600)),
                        java.sql.Timestamp.from(java.time.Instant.now()));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            return token;
        }
    }
}
