package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.identity.Invitations;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An invitation for an existing account: log in first, come back to the invitation, then accept. */
class ExistingAccountInvitationBrowserIT extends BrowserTestBase {

    private static final String PASSWORD = "a journey of many words";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Invitations invitations;

    @Test
    void aSignedOutOwner_logsIn_comesBack_andAccepts() throws Exception {
        String email = "second.provider." + System.nanoTime() + "@example.org";
        invitations.acceptWithNewAccount(invite(email, "NBU", "COORDINATOR"), "Sasha Second", PASSWORD);
        String token = invite(email, "SMC", "FINANCE");

        open("invitation?token=" + token);
        assertThat(driver.findElements(By.xpath("//vaadin-button[normalize-space()='Accept invitation']"))).isEmpty();
        buttonWithText("vaadin-button", "Log in to accept").click();
        new WebDriverWait(driver, WAIT).until(d -> currentPath().equals("login"));
        login(email, PASSWORD);

        new WebDriverWait(driver, WAIT).until(d -> currentPath().equals("invitation"));
        buttonWithText("vaadin-button", "Accept invitation").click();
        waitFor(By.xpath("//p[contains(., 'Southmoor College has been added to your account')]"));
        assertThat(jdbc.queryForObject("select count(*) from membership m join user_account u on u.id = m.user_id"
                + " where u.email = ?", Long.class, email)).isEqualTo(2);
    }

    private String invite(String email, String provider, String role) throws Exception {
        String token = "b" + Long.toHexString(System.nanoTime()) + "y".repeat(20);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)));
        jdbc.update("insert into invitation (version, tenant_id, email, role, token_hash, expires_at, created_at)"
                + " values (0, (select id from provider where short_code = ?), ?, ?, ?, ?, ?)", provider, email, role,
                hash, Timestamp.from(Instant.now().plusSeconds(3600)), Timestamp.from(Instant.now()));
        return token;
    }
}
