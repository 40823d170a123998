package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** axe-core (WCAG 2.2 A/AA and best-practice rules) finds nothing on the portal's pages, for each role and at phone width. */
class AccessibilityBrowserIT extends BrowserTestBase {

    @Test
    void loginPage() {
        open("login");
        waitFor(By.cssSelector("vaadin-login-form"));
        assertAccessible("login");
    }

    @Test
    void loginPageWithError() {
        open("login?error");
        waitFor(By.cssSelector("vaadin-login-form"));
        assertAccessible("login-error");
    }

    @Test
    void forgotPasswordPage() {
        open("forgot-password");
        pageHeading();
        assertAccessible("forgot-password");
    }

    @Test
    void chooseProviderPage() {
        login("both@partners.example", DEMO_PASSWORD);
        assertThat(currentPath()).isEqualTo("choose-provider");
        pageHeading();
        assertAccessible("choose-provider");
    }

    @ParameterizedTest(name = "home of {0}")
    @CsvSource(nullValues = "-", value = {
            "platform@platform.example,       -",
            "lead@northbridge.example,        -",
            "coordinator@northbridge.example, -",
            "finance@northbridge.example,     -",
            "partner@northbridge.example,     -",
            "reviewer@hcpc.example,           -",
            "both@partners.example,           Southmoor College",
    })
    void homeOfEachRole(String email, String provider) {
        loginAndChoose(email, provider);
        assertAccessible("home-" + email);
    }

    @ParameterizedTest(name = "{1} as {0}")
    @CsvSource({
            "platform@platform.example,       providers",
            "lead@northbridge.example,        staff",
            "lead@northbridge.example,        programmes",
            "coordinator@northbridge.example, programmes",
            "finance@northbridge.example,     programmes",
            "coordinator@northbridge.example, partners",
            "finance@northbridge.example,     partners",
            "lead@northbridge.example,        experience-categories",
            "coordinator@northbridge.example, experience-categories",
            "lead@northbridge.example,        activity-types",
            "coordinator@northbridge.example, activity-types",
            "coordinator@northbridge.example, who-is-free",
            "lead@northbridge.example,        who-is-free",
    })
    void listPages(String email, String path) {
        loginAs(email);
        open(path);
        assertThat(currentPath()).isEqualTo(path);
        pageHeading();
        waitForGridRows();
        assertAccessible(path + "-" + email);
    }

    @Test
    void programmeDetailsPage() {
        loginAs("coordinator@northbridge.example");
        open("programmes");
        waitForGridRows();
        WebElement link = waitFor(By.cssSelector("vaadin-grid a[href*='programmes/']"));
        String href = link.getDomAttribute("href");
        open(href);
        assertThat(currentPath()).matches("programmes/[0-9]+");
        pageHeading();
        assertAccessible("programme-details");
    }

    @ParameterizedTest(name = "partner details as {0}")
    @CsvSource({"coordinator@northbridge.example", "finance@northbridge.example"})
    void partnerDetailsPage(String email) {
        loginAs(email);
        open("partners");
        waitForGridRows();
        WebElement link = waitFor(By.cssSelector("vaadin-grid a[href*='partners/']"));
        open(link.getDomAttribute("href"));
        assertThat(currentPath()).matches("partners/[0-9]+");
        pageHeading();
        assertAccessible("partner-details-" + email);
    }

    @ParameterizedTest(name = "my availability at {0}")
    @CsvSource({"desktop", "phone"})
    void myAvailabilityPage(String width) {
        if (width.equals("phone")) {
            driver.manage().window().setSize(PHONE);
        }
        loginAs("carer@northbridge.example");
        open("my-availability");
        assertThat(currentPath()).isEqualTo("my-availability");
        pageHeading();
        assertAccessible("my-availability-" + width);
    }

    @ParameterizedTest(name = "my profile at {0}")
    @CsvSource({"desktop", "phone"})
    void myProfilePage(String width) {
        if (width.equals("phone")) {
            driver.manage().window().setSize(PHONE);
        }
        loginAs("partner@northbridge.example");
        open("my-profile");
        assertThat(currentPath()).isEqualTo("my-profile");
        pageHeading();
        assertAccessible("my-profile-" + width);
    }

    /** As the lead: named staff, the current definition with its actions, and an earlier version opened. */
    @Test
    void programmeDetailsPageWithHistory() {
        loginAs("lead@northbridge.example");
        openProgramme("BSc (Hons) Physiotherapy");
        waitFor(By.cssSelector("vaadin-details"));
        // a script click: at desktop height the summary can sit under the bottom edge of the window
        js().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                buttonWithText("vaadin-details [slot='summary'], vaadin-details-summary", versionSummaryStart(1)));
        waitForVaadin();
        assertAccessible("programme-details-history");
    }

    @Test
    void programmeDialogs() {
        loginAs("lead@northbridge.example");
        open("programmes");
        waitForGridRows();
        buttonWithText("vaadin-button", t("programmes.add")).click();
        buttonWithText("vaadin-button", t("programmes.save"));
        assertAccessible("add-programme-dialog");

        openProgramme("BSc (Hons) Physiotherapy");
        buttonWithText("vaadin-button", t("definition.new")).click();
        buttonWithText("vaadin-button", t("definition.save"));
        assertAccessible("new-definition-dialog");
    }

    @Test
    void renameDialog() {
        loginAs("lead@northbridge.example");
        open("activity-types");
        waitForGridRows();
        buttonWithText("vaadin-grid vaadin-button", t("reference.rename")).click();
        buttonWithText("vaadin-button", t("reference.rename.save"));
        assertAccessible("rename-dialog");
    }

    @Test
    void loginPageAtPhoneWidth() {
        driver.manage().window().setSize(PHONE);
        open("login");
        waitFor(By.cssSelector("vaadin-login-form"));
        assertAccessible("login-phone");
    }

    @Test
    void homeAtPhoneWidth() {
        driver.manage().window().setSize(PHONE);
        loginAs("lead@northbridge.example");
        assertAccessible("home-phone");
    }

    /** The first Tab stop is the skip link; following it puts keyboard focus on the page's main landmark. */
    @Test
    void skipLinkLeadsToMainContent() {
        loginAs("finance@northbridge.example");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement skip = driver.switchTo().activeElement();
        assertThat(skip.getDomAttribute("class")).contains("skip-link");
        assertThat(skip.isDisplayed()).isTrue();
        skip.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(d -> "main-content".equals(
                d.switchTo().activeElement().getDomAttribute("id")));
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getTagName()).isEqualTo("main");
        assertThat(focused.findElements(By.cssSelector("h1#page-heading"))).hasSize(1);
    }

    /** The scan itself works: a planted image without a text alternative is reported. */
    @Test
    void axeReportsViolations() {
        open("login");
        waitFor(By.cssSelector("vaadin-login-form"));
        js().executeScript("""
                const img = document.createElement('img');
                img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
                document.querySelector('main').appendChild(img);
                """);
        assertThat(axe()).anySatisfy(v -> assertThat(v).startsWith("- image-alt "));
    }

    /** "Version 1 – " of a definition's earlier version, in the browser's language. */
    private static String versionSummaryStart(int version) {
        String summary = t("definition.version-summary", version, "\u0000", "");
        return summary.substring(0, summary.indexOf('\u0000'));
    }

    private void openProgramme(String name) {
        open("programmes");
        waitForGridRows();
        WebElement link = new WebDriverWait(driver, WAIT).until(d -> d.findElements(
                By.cssSelector("vaadin-grid a[href*='programmes/']")).stream()
                .filter(a -> a.getText().equals(name)).findFirst().orElse(null));
        open(link.getDomAttribute("href"));
        assertThat(currentPath()).matches("programmes/[0-9]+");
        pageHeading();
    }

    /** Waits for a visible element matching the selector whose text is (or starts with) the given text. */
}
