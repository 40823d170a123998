import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;

/**
 * The browser journey of the two-instance proof (run by src/test/cluster/run.sh, which starts the instances,
 * and nginx and passes their whereabouts in the environment; the mail server both instances send to is GreenMail,
 * started here). A coordinator signs in through the
 * proxy and invites two people; the instance holding the session is stopped with SIGTERM; the next click lands
 * on the login page, served by the other instance; the invitations are all in the database and each mail left
 * exactly once. Prints one line per check and exits 1 if any failed.
 */
public class ClusterJourney {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final String PASSWORD = "a cluster of careful words";

    final String proxy = env("CLUSTER_PROXY_URL");
    final String dbUrl = env("CLUSTER_DB_URL");
    final Path accessLog = Path.of(env("CLUSTER_ACCESS_LOG"));
    final GreenMail mailServer = new GreenMail(
            new ServerSetup(Integer.parseInt(env("CLUSTER_SMTP_PORT")), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    final Path work = Path.of(env("CLUSTER_WORK"));
    final List<String> failures = new ArrayList<>();
    WebDriver driver;

    public static void main(String[] args) throws Exception {
        var journey = new ClusterJourney();
        int rc;
        try {
            journey.mailServer.start();
            rc = journey.run();
        } catch (Throwable e) {
            e.printStackTrace();
            System.out.println("FAIL: journey aborted: " + e);
            rc = 1;
        } finally {
            journey.screenshotAndQuit();
            journey.keepMailsAndStop();
        }
        System.exit(rc);
    }

    int run() throws Exception {
        long run = System.currentTimeMillis() / 1000 % 1_000_000;
        String coordinator = "coordinator." + run + "@cluster.example";
        seed("CL" + run, coordinator);
        List<String> invited = List.of("first." + run + "@cluster.example", "second." + run + "@cluster.example");

        startBrowser();
        login(coordinator);
        invite(invited.get(0));
        String route = driver.manage().getCookieNamed("involvement_route").getValue();
        List<String> upstreams = upstreamsOf(route);
        check(upstreams.size() == 1, "sticky: every request of this browser went to one instance " + upstreams);
        String holder = upstreams.getFirst();
        invite(invited.get(1));
        check(upstreamsOf(route).equals(List.of(holder)), "sticky: still the same instance after saving");

        long pid = Long.parseLong(Files.readString(work.resolve("app-" + port(holder) + ".pid")).trim());
        ProcessHandle instance = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
        Instant stopAt = Instant.now();
        System.out.println("Sending SIGTERM to the instance holding the session: " + holder + " (pid " + pid + ")");
        instance.destroy();
        instance.onExit().get(60, TimeUnit.SECONDS);
        System.out.println("Instance " + holder + " stopped after " + Duration.between(stopAt, Instant.now()).toMillis() + " ms");

        // the page still shows the stopped instance's UI: the next click goes to the other instance
        driver.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> b.isDisplayed() && b.getText().trim().startsWith("Invite by e-mail")).findFirst()
                .orElseThrow().click();
        boolean onLogin;
        try {
            new WebDriverWait(driver, WAIT).until(d -> path().equals("login")
                    && !d.findElements(By.cssSelector("vaadin-text-field[name='username'] > input")).isEmpty());
            onLogin = true;
        } catch (RuntimeException e) {
            onLogin = false;
        }
        check(onLogin, "after the stop the user lands on the login page (was " + driver.getCurrentUrl() + ")");
        String page = driver.getPageSource();
        check(!page.contains("Exception") && !page.contains("at app.involvement") && !page.contains("Internal error"),
                "no stack trace or internal error shown");
        List<String> after = upstreamsOf(route);
        String survivor = after.getLast();
        check(!survivor.equals(holder), "the login page came from the other instance (" + survivor + ")");

        login(coordinator);
        waitFor(By.cssSelector("h1#page-heading"));
        check(upstreamsOf(route).getLast().equals(survivor), "signed in again on " + survivor);

        // the first person invited accepts, on whichever instance is left: an after-commit listener in another
        // module (the partner record) runs through the event publication registry
        acceptInvitation(invited.get(0));

        try (Connection db = DriverManager.getConnection(dbUrl, env("CLUSTER_DB_USER"), env("CLUSTER_DB_PASSWORD"))) {
            check(count(db, "select count(*) from partner where email = ? and user_id is not null", invited.get(0)) == 1,
                    "the accepted invitation gave a partner record linked to the new account");
            check(count(db, "select count(*) from EVENT_PUBLICATION where completion_date is null") == 0,
                    "no event publication left incomplete");
            check(count(db, "select count(*) from EVENT_PUBLICATION where serialized_event like '%token=%'") == 0,
                    "no invitation or reset link stored in the event publication table");
            for (String email : invited) {
                check(count(db, "select count(*) from invitation where email = ?", email) == 1,
                        "the invitation saved before the stop is there: " + email);
            }
            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline && count(db,
                    "select count(*) from mail_message where recipient in (?, ?) and status = 'SENT'", invited.toArray()) < 2) {
                Thread.sleep(500);
            }
            for (String email : invited) {
                check(count(db, "select count(*) from mail_message where recipient = ? and status = 'SENT' and attempts = 1",
                        email) == 1, "the dispatch job sent the mail to " + email + " once (database: SENT, 1 attempt)");
                check(sinkCount(email) == 1, "the mail server received exactly one message for " + email
                        + " (received " + sinkCount(email) + ")");
            }
            check(count(db, "select count(*) from shedlock where name = 'mail-dispatch'") == 1,
                    "the dispatch job took its cluster-wide lock (shedlock row)");
        }
        failures.forEach(f -> System.out.println("  failed: " + f));
        return failures.isEmpty() ? 0 : 1;
    }

    void seed(String code, String coordinator) throws Exception {
        var encoder = new DelegatingPasswordEncoder("argon2id",
                Map.of("argon2id", new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2)));
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection db = DriverManager.getConnection(dbUrl, env("CLUSTER_DB_USER"), env("CLUSTER_DB_PASSWORD"))) {
            long provider = insert(db, "insert into provider (version, name, short_code, contact_name, contact_email, created_at)"
                    + " values (0, ?, ?, 'Cleo Cluster', 'cleo@cluster.example', ?)", "Cluster College " + code, code, now);
            long user = insert(db, "insert into user_account (version, email, display_name, password_hash, failed_login_count,"
                    + " created_at) values (0, ?, 'Cleo Cluster', ?, 0, ?)", coordinator, encoder.encode(PASSWORD), now);
            insert(db, "insert into membership (version, tenant_id, user_id, role, created_at) values (0, ?, ?, 'COORDINATOR', ?)",
                    provider, user, now);
        }
        System.out.println("Seeded provider " + code + " and coordinator " + coordinator);
    }

    void startBrowser() throws Exception {
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory(work, "chromium-"));
        driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build(), options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
    }

    void login(String email) {
        driver.get(proxy + "/login");
        waitForVaadin();
        WebElement username = waitFor(By.cssSelector("vaadin-text-field[name='username'] > input"));
        username.clear();
        username.sendKeys(email);
        WebElement password = driver.findElement(By.cssSelector("vaadin-password-field[name='password'] > input"));
        password.clear();
        password.sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        new WebDriverWait(driver, WAIT).until(d -> !path().equals("login"));
        waitForVaadin();
    }

    void invite(String email) throws Exception {
        driver.get(proxy + "/partners");
        waitForVaadin();
        button("Invite by e-mail").click();
        WebElement field = waitFor(By.cssSelector("vaadin-email-field > input"));
        field.sendKeys(email);
        button("Send invitation").click();
        waitForVaadin();
        try (Connection db = DriverManager.getConnection(dbUrl, env("CLUSTER_DB_USER"), env("CLUSTER_DB_PASSWORD"))) {
            long deadline = System.currentTimeMillis() + 30_000;
            while (count(db, "select count(*) from invitation where email = ?", email) == 0) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("the invitation for " + email + " was not saved");
                }
                Thread.sleep(200);
            }
        }
        System.out.println("Invited " + email);
    }

    void acceptInvitation(String email) throws Exception {
        String link = invitationLink(email);
        driver.manage().deleteAllCookies();
        driver.get(link);
        waitForVaadin();
        waitFor(By.cssSelector("vaadin-text-field > input")).sendKeys("Ffion First");
        driver.findElements(By.cssSelector("vaadin-password-field > input")).forEach(f -> f.sendKeys(PASSWORD));
        button("Create my account").click();
        waitFor(By.xpath("//p[contains(., 'You have joined')]"));
        System.out.println("Accepted the invitation of " + email);
    }

    /** The invitation link from the mail the mail server received (quoted-printable soft line breaks undone). */
    String invitationLink(String email) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        Pattern link = Pattern.compile("(http://\\S+/invitation\\?token=[A-Za-z0-9_-]+)");
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage mail : mailsTo(email)) {
                Matcher m = link.matcher(GreenMailUtil.getBody(mail).replaceAll("=\\r?\\n", "").replace("=3D", "="));
                if (m.find()) {
                    return m.group(1);
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("no invitation link for " + email + " in the mails received");
    }

    /** The instances (host:port) the proxy sent this browser's requests to, in order, without repeats. */
    List<String> upstreamsOf(String route) throws Exception {
        Pattern line = Pattern.compile(" route=" + Pattern.quote(route) + " upstream=(\\S+) ");
        List<String> upstreams = new ArrayList<>();
        for (String l : Files.readAllLines(accessLog)) {
            Matcher m = line.matcher(l);
            if (m.find()) {
                // "a, b": the first refused the connection, the second answered
                String[] tried = m.group(1).split(",\\s*");
                String answered = tried[tried.length - 1];
                if (!answered.equals("-") && (upstreams.isEmpty() || !upstreams.getLast().equals(answered))) {
                    upstreams.add(answered);
                }
            }
        }
        return upstreams;
    }

    long sinkCount(String email) throws Exception {
        return mailsTo(email).size();
    }

    List<MimeMessage> mailsTo(String email) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage mail : mailServer.getReceivedMessages()) {
            for (Address to : mail.getAllRecipients()) {
                if (to.toString().contains(email)) {
                    mails.add(mail);
                }
            }
        }
        return mails;
    }

    /** Leaves the mails received next to the logs, then stops the mail server. */
    void keepMailsAndStop() {
        try {
            StringBuilder all = new StringBuilder();
            for (MimeMessage mail : mailServer.getReceivedMessages()) {
                all.append(GreenMailUtil.getWholeMessage(mail)).append("\n\n");
            }
            Files.writeString(work.resolve("mail.txt"), all);
        } catch (Exception e) {
            System.out.println("could not keep the mails: " + e);
        }
        mailServer.stop();
    }

    WebElement button(String text) {
        WebElement found = new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> b.isDisplayed() && b.getText().trim().startsWith(text)).findFirst().orElse(null));
        waitForVaadin();
        return found;
    }

    WebElement waitFor(By locator) {
        WebElement element = new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
        waitForVaadin();
        return element;
    }

    void waitForVaadin() {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                return document.readyState === 'complete'
                    && !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)
                    && Object.keys(window.Vaadin.Flow.clients).length > 0
                    && Object.values(window.Vaadin.Flow.clients)
                           .every(c => typeof c.isActive !== 'function' || !c.isActive());
                """)));
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath().replaceFirst("^/", "");
    }

    void check(boolean ok, String what) {
        System.out.println((ok ? "PASS: " : "FAIL: ") + what);
        if (!ok) {
            failures.add(what);
        }
    }

    void screenshotAndQuit() {
        if (driver != null) {
            try {
                Files.write(work.resolve("last-page.png"),
                        ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            } catch (Exception ignored) {
                // a screenshot is only a help when something failed
            }
            driver.quit();
        }
    }

    static long insert(Connection db, String sql, Object... args) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static long count(Connection db, String sql, Object... args) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static int port(String hostPort) {
        return Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1));
    }

    static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is not set");
        }
        return value;
    }
}
