package app.involvement;

import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * The GreenMail server the tests send mail to. Its port is {@code involvement.test.smtp-port}
 * (default 3025, as in application-test.properties), so two test runs on one machine can each
 * have their own.
 */
public final class TestSmtp {

    public static final int PORT = Integer.getInteger("involvement.test.smtp-port", 3025);
    public static final ServerSetup SETUP = ServerSetupTest.SMTP.port(PORT);

    private TestSmtp() {
    }
}
