package app.involvement.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import io.gatling.javaapi.core.ChainBuilder;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** The portal's own steps: signing in (password, then the authenticator code for staff) and out. */
final class Portal {

    static final String BASE_URL = System.getProperty("load.baseUrl", "http://localhost:8186");
    private static final TimeBasedOneTimePasswordGenerator TOTP =
            new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6);
    private static final SecretKeySpec TOTP_KEY =
            new SecretKeySpec(new Base32().decode(BenchmarkData.TOTP_SECRET), TOTP.getAlgorithm());

    private Portal() {
    }

    /** The login page, then its form posted as the browser does (same origin, no Vaadin round trip). */
    static ChainBuilder logIn(Thinking think) {
        return exec(Vaadin.page("login page", "/login"))
                .exec(think.typing())
                .exec(Vaadin.withCookie(http("login submit").post("/login")
                        .header("Accept", "text/html,application/xhtml+xml")
                        .header("Origin", BASE_URL).header("Sec-Fetch-Site", "same-origin")
                        .header("Sec-Fetch-Mode", "navigate").header("Sec-Fetch-Dest", "document")
                        .formParam("username", "#{email}").formParam("password", BenchmarkData.PASSWORD))
                        .check(status().is(302), header("Location").is(BASE_URL + "/")));
    }

    /** The page after the password: the home page, or for staff the second step first. */
    static ChainBuilder home() {
        return exec(Vaadin.page("home page", "/", Vaadin.nodeOf("logout", "logoutNode")))
                .exec(Vaadin.connect("home connect", ""));
    }

    static ChainBuilder secondStep(Thinking think) {
        return exec(Vaadin.page("second step page", "/", Vaadin.nodeOf("mfa-code", "codeNode"),
                        Vaadin.nodeOf("mfa-submit", "verifyNode")))
                .exec(Vaadin.connect("second step connect", ""))
                .exec(think.typing())
                .exec(s -> s.set("code", currentCode()))
                .exec(Vaadin.uidl("second step verify",
                        "[" + Vaadin.sync("codeNode", "\"#{code}\"") + "," + Vaadin.clickRpc("verifyNode") + "]",
                        substring("vaadin-redirect-pending")));
    }

    static ChainBuilder logOut() {
        return exec(Vaadin.uidlEndingSession("logout", "[" + Vaadin.clickRpc("logoutNode") + "]",
                        substring("\"sessionExpired\":true"), substring("vaadin-redirect-pending")))
                .exec(Vaadin.withCookie(http("after logout").get("/").header("Accept", "text/html,application/xhtml+xml")
                        .header("Sec-Fetch-Site", "same-origin").header("Sec-Fetch-Mode", "navigate"))
                        .check(status().is(302), header("Location").is(BASE_URL + "/login")))
                .exec(Vaadin.page("login page", "/login"));
    }

    private static String currentCode() {
        try {
            return TOTP.generateOneTimePasswordString(TOTP_KEY, Instant.now());
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
