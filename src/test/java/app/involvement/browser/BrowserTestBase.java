package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import app.involvement.identity.internal.DemoAuthenticatorApp;
import app.involvement.identity.internal.TwoStepTestConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the whole app on a random port, driven by one headless Debian
 * Chromium per test class, with axe-core for accessibility checks.
 *
 * <p>Every browser test class extends this class without adding Spring annotations of its own, so
 * they all share one cached Spring context. Without Chromium, chromedriver or axe-core the tests
 * are skipped, unless {@code -Dinvolvement.browser.required=true} (as in {@code .ci/run}), which
 * makes them fail instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // the dev tools overlay would add its own (inaccessible) markup to every page
        "vaadin.devmode.devTools.enabled=false"
})
@Import(TwoStepTestConfig.class)
public abstract class BrowserTestBase {

    /** Password of every demo account (see DemoAccounts, profile {@code demo}). */
    protected static final String DEMO_PASSWORD = "involve-demo-2026";

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path AXE = Path.of(System.getProperty("involvement.axe.path",
            "src/test/browser/node_modules/axe-core/axe.min.js"));

    static final Duration WAIT = Duration.ofSeconds(30);
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(360, 740);

    /** The WCAG 2.0, 2.1 and 2.2 A and AA rules of axe-core. */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    protected static WebDriver driver;
    private static Path profileDir;
    private static String axeSource;

    @LocalServerPort
    protected int port;

    /** Shows codes for the demo accounts that use two-step sign-in (the platform admin and the leads). */
    @Autowired
    protected DemoAuthenticatorApp authenticatorApp;

    /** The name of the cookie that keeps a browser's language choice before login. */
    static final String LANGUAGE_COOKIE = "involvement-language";

    /** The language the running browser asks for: {@code null} for Chromium's default (English). */
    private static String browserLanguage;

    @BeforeAll
    static void startBrowser() throws IOException {
        startBrowser(null);
    }

    private static void startBrowser(String language) throws IOException {
        requireInstalled();
        axeSource = Files.readString(AXE);
        profileDir = Files.createTempDirectory("involvement-chromium-");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profileDir, "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
        if (language != null) {
            // the browser's own language (navigator.language) and the Accept-Language header it sends
            options.addArguments("--lang=" + language);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        }
        browserLanguage = language;
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        browserLanguage = null;
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profileDir != null) {
            try (Stream<Path> files = Files.walk(profileDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            profileDir = null;
        }
    }

    /** Each test starts signed out, at desktop size. */
    @BeforeEach
    void freshSession() {
        driver.manage().window().setSize(DESKTOP);
        driver.manage().deleteAllCookies();
        cspViolations();
    }

    /**
     * From now on this test class speaks Welsh: the browser asks for {@code cy} (Accept-Language and its
     * own language; Chromium restarts once for that) and carries the language-choice cookie, as a person
     * who chose Cymraeg on the login page would. Call it at the start of a test, before logging in.
     */
    protected void useWelsh() {
        if (!"cy".equals(browserLanguage)) {
            try {
                stopBrowser();
                startBrowser("cy");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        driver.manage().window().setSize(DESKTOP);
        driver.get(url("robots.txt"));
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new org.openqa.selenium.Cookie(LANGUAGE_COOKIE, "cy", "/"));
    }

    /** True after {@link #useWelsh()}. */
    protected static boolean welsh() {
        return "cy".equals(browserLanguage);
    }

    /**
     * A text of the UI in the language the browser uses, so tests find buttons in Welsh too; a key the
     * Welsh bundle lacks gives the English text, as the app shows it.
     */
    protected static String t(String key, Object... args) {
        var bundle = java.util.ResourceBundle.getBundle("vaadin-i18n/translations",
                welsh() ? Locale.forLanguageTag("cy") : Locale.ROOT,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new java.text.MessageFormat(pattern, welsh() ? Locale.forLanguageTag("cy") : Locale.UK)
                .format(args);
    }

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate languages;

    /**
     * Signing in with a language chosen in the browser makes it the account's language (DD016); the demo
     * accounts are shared by every browser test, so each test leaves them without one.
     */
    @AfterEach
    void forgetAccountLanguages() {
        languages.update("update user_account set language = null where language is not null");
    }

    /** Nothing a test did was blocked by the Content-Security-Policy. */
    @AfterEach
    void noContentSecurityPolicyViolations() {
        assertThat(cspViolations()).as("Content-Security-Policy violations in the browser console").isEmpty();
    }

    /** The Content-Security-Policy violations Chromium logged to the console since the last call. */
    protected List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
    }

    private static void requireInstalled() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add("Chromium (" + CHROMIUM + ")");
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            missing.add("chromedriver (" + CHROMEDRIVER + ")");
        }
        if (!Files.isReadable(AXE)) {
            missing.add("axe-core (" + AXE.toAbsolutePath() + ")");
        }
        if (missing.isEmpty()) {
            return;
        }
        String message = "Browser tests need " + String.join(", ", missing)
                + ": install chromium chromium-driver (apt) and run `npm ci` in src/test/browser, see .ci/run";
        if (Boolean.getBoolean("involvement.browser.required")) {
            fail(message);
        }
        // Failsafe counts a class aborted in @BeforeAll as "Tests run: 0", so say why in the log too.
        System.err.println("WARNING: browser tests skipped. " + message);
        Assumptions.abort(message);
    }

    // ------------------------------------------------------------------------------------------
    // Navigation

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path.replaceFirst("^/", "");
    }

    /** Opens a page of the app and waits until Vaadin has rendered it. */
    protected void open(String path) {
        driver.get(url(path));
        waitForVaadin();
    }

    /** The path of the current page, without the leading slash ({@code ""} for the home page). */
    protected String currentPath() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath().replaceFirst("^/", "");
    }

    /** Waits until the page is loaded and no Vaadin client is waiting for the server. */
    protected void waitForVaadin() {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(js().executeScript("""
                return document.readyState === 'complete'
                    && !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)
                    && Object.keys(window.Vaadin.Flow.clients).length > 0
                    && Object.values(window.Vaadin.Flow.clients)
                           .every(c => typeof c.isActive !== 'function' || !c.isActive());
                """)));
    }

    /**
     * Waits for finite animations (a dialog fading in) to end: axe reads colours mid-fade, paler than they are.
     * Endless ones (a busy indicator) are not waited for. An overlay marks itself "opening" or "closing" before its
     * animation is running, so those marks are waited for too (one dialog closing as the next opens).
     */
    private void waitForAnimations() {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(js().executeScript("""
                const moving = root => [...root.querySelectorAll('*')].some(e => e.hasAttribute('opening')
                    || e.hasAttribute('closing') || (e.shadowRoot && moving(e.shadowRoot)));
                return !moving(document) && document.getAnimations().every(a => a.playState !== 'running'
                    || !a.effect || a.effect.getComputedTiming().endTime === Infinity);
                """)));
    }

    protected WebElement waitFor(By locator) {
        WebElement element = new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
        waitForVaadin();
        return element;
    }

    /** The visible page heading every page of the portal has. */
    protected WebElement pageHeading() {
        return waitFor(By.cssSelector("h1#page-heading"));
    }

    // ------------------------------------------------------------------------------------------
    // Log in and out

    /**
     * Logs in through the login page and waits for the page the app lands on; for the accounts that
     * use two-step sign-in, types the code of the demo authenticator app too.
     */
    protected void login(String email, String password) {
        submitPassword(email, password);
        if (currentPath().equals("mfa")) {
            enterCode(authenticatorApp.nextCode(DemoAuthenticatorApp.DEMO_SECRET));
            new WebDriverWait(driver, WAIT).until(d -> !currentPath().equals("mfa"));
            waitForVaadin();
        }
    }

    /** The first step only: e-mail and password on the login page, then waits for the next page. */
    protected void submitPassword(String email, String password) {
        open("login");
        WebElement username = waitFor(By.cssSelector("vaadin-text-field[name='username'] > input"));
        WebElement pw = driver.findElement(By.cssSelector("vaadin-password-field[name='password'] > input"));
        username.clear();
        username.sendKeys(email);
        pw.clear();
        pw.sendKeys(password);
        String before = driver.getCurrentUrl();
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().equals(before));
        waitForVaadin();
    }

    /** Types a code into the two-step sign-in page's field and submits it. */
    protected void enterCode(String code) {
        WebElement field = waitFor(By.cssSelector("#mfa-code > input"));
        field.clear();
        field.sendKeys(code);
        driver.findElement(By.id("mfa-submit")).click();
        waitForVaadin();
    }

    /** Logs in with a demo account and waits for its home; people in several providers pick the given one. */
    protected void loginAndChoose(String email, String providerName) {
        login(email, DEMO_PASSWORD);
        if (providerName != null) {
            new WebDriverWait(driver, WAIT).until(d -> currentPath().equals("choose-provider"));
            chooseProvider(providerName);
        }
        pageHeading();
        assertTrue(currentPath().isEmpty(), "expected the home page after login, but was " + driver.getCurrentUrl());
    }

    protected void loginAs(String email) {
        loginAndChoose(email, null);
    }

    /** On the choose-provider page: clicks the button of the provider and waits for the home page. */
    protected void chooseProvider(String providerName) {
        WebElement button = new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector("vaadin-button"))
                .stream().filter(b -> b.getText().contains(providerName)).findFirst().orElse(null));
        button.click();
        new WebDriverWait(driver, WAIT).until(d -> currentPath().isEmpty());
        waitForVaadin();
        pageHeading();
    }

    /** Logs out with the header's button and waits for the login page. */
    protected void logout() {
        WebElement button = new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector(".app-header vaadin-button"))
                .stream().filter(b -> b.getText().contains(t("menu.logout"))).findFirst().orElse(null));
        // on a phone a notice at the top covers the header's line for a few seconds: wait, as a person would
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(js().executeScript("""
                const r = arguments[0].getBoundingClientRect();
                const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                return hit === arguments[0] || arguments[0].contains(hit);
                """, button)));
        button.click();
        new WebDriverWait(driver, WAIT).until(d -> currentPath().equals("login"));
        waitForVaadin();
    }

    /** The first visible element matching the selector whose text starts with {@code text}. */
    protected WebElement buttonWithText(String selector, String text) {
        WebElement found = new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector(selector)).stream()
                .filter(b -> b.isDisplayed() && b.getText().trim().startsWith(text)).findFirst().orElse(null));
        waitForVaadin();
        return found;
    }

    /** Grids fetch their rows in a second round trip: wait for the first rendered row. */
    protected void waitForGridRows() {
        if (!driver.findElements(By.cssSelector("vaadin-grid")).isEmpty()) {
            waitFor(By.cssSelector("vaadin-grid vaadin-grid-cell-content"));
            new WebDriverWait(driver, WAIT).until(d -> d.findElements(
                    By.cssSelector("vaadin-grid vaadin-grid-cell-content")).stream()
                    .anyMatch(c -> !c.getText().isBlank()));
            waitForVaadin();
        }
    }

    // ------------------------------------------------------------------------------------------
    // Accessibility

    /**
     * Runs axe-core on the current page: its WCAG 2.0/2.1/2.2 A and AA rules on the whole document,
     * then its best-practice rules (landmarks, headings) on everything but Vaadin's connection
     * indicator.
     *
     * @return one readable entry per violation: rule id, impact, help text and the first elements
     */
    protected List<String> axe() {
        waitForVaadin();
        waitForAnimations();
        if (!Boolean.TRUE.equals(js().executeScript("return typeof window.axe === 'object';"))) {
            js().executeScript(axeSource);
        }
        List<String> violations = new ArrayList<>(runAxe("document", WCAG_TAGS));
        // <vaadin-connection-indicator> is added to <body> by Vaadin's client engine, outside every
        // landmark, and the app cannot move it, so the best-practice rule "region" (all content in
        // landmarks) always flags it. The WCAG rules above still check it.
        violations.addAll(runAxe("{exclude: [['vaadin-connection-indicator']]}", List.of("best-practice")));
        return violations;
    }

    @SuppressWarnings("unchecked")
    private List<String> runAxe(String context, List<String> tags) {
        Object result = js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(%s, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                   .then(r => done(r.violations.map(v => ({
                           id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                           nodes: v.nodes.slice(0, 5).map(n => ({
                               target: JSON.stringify(n.target), html: n.html.substring(0, 200),
                               summary: n.failureSummary})),
                           count: v.nodes.length}))))
                   .catch(e => done('axe failed: ' + e));
                """.formatted(context), tags);
        if (result instanceof String error) {
            fail(error);
        }
        List<String> violations = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            var nodes = (List<Map<String, Object>>) v.get("nodes");
            violations.add("- %s (%s, %s element(s)): %s [%s]%n%s".formatted(v.get("id"), v.get("impact"),
                    v.get("count"), v.get("help"), v.get("helpUrl"), nodes.stream()
                            .map(n -> "    " + n.get("target") + "  " + n.get("html") + "\n      "
                                    + String.valueOf(n.get("summary")).replace("\n", "\n      "))
                            .collect(Collectors.joining("\n"))));
        }
        return violations;
    }

    /** Fails with the list of violations if axe-core finds any on the current page. */
    protected void assertAccessible(String page) {
        List<String> violations = axe();
        if (!violations.isEmpty()) {
            screenshot(page);
            fail("axe-core found " + violations.size() + " violation(s) on " + page + " ("
                    + driver.getCurrentUrl() + "):\n" + String.join("\n", violations));
        }
    }

    /** Saves a screenshot to the temp directory, for looking at a failure. */
    protected Path screenshot(String name) {
        try {
            Path target = Path.of(System.getProperty("java.io.tmpdir"),
                    "involvement-" + name.replaceAll("[^A-Za-z0-9._-]+", "_") + ".png");
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    protected JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }
}
