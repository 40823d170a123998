package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * At 360 px no page is wider than the phone's screen, long words wrap, and the pool's filters fold
 * away so the list is in view; at 1280 px the pool's columns show their whole text.
 */
class PageWidthBrowserIT extends BrowserTestBase {

    /** An 80-character experience category with no space in it, as a tester typed one. */
    static final String LONG_WORD = "Experience".repeat(8);

    @ParameterizedTest(name = "{1} as {0}")
    @CsvSource(nullValues = "-", value = {
            "-,                               login",
            "-,                               forgot-password",
            "-,                               reset-password",
            "-,                               invitation",
            "platform@platform.example,       ''",
            "platform@platform.example,       providers",
            "reviewer@hcpc.example,           ''",
            "lead@northbridge.example,        ''",
            "lead@northbridge.example,        staff",
            "lead@northbridge.example,        programmes",
            "lead@northbridge.example,        experience-categories",
            "lead@northbridge.example,        activity-types",
            "lead@northbridge.example,        who-is-free",
            "lead@northbridge.example,        partners",
            "coordinator@northbridge.example, ''",
            "coordinator@northbridge.example, partners",
            "coordinator@northbridge.example, who-is-free",
            "coordinator@northbridge.example, programmes",
            "finance@northbridge.example,     ''",
            "finance@northbridge.example,     partners",
            "finance@northbridge.example,     payment-runs",
            "lead@northbridge.example,        payment-runs",
            "partner@northbridge.example,     ''",
            "partner@northbridge.example,     my-profile",
            "carer@northbridge.example,       my-availability",
            "partner@northbridge.example,     my-support",
            "partner@northbridge.example,     my-sessions",
            "coordinator@northbridge.example, support-requests",
            "coordinator@northbridge.example, risk-assessments",
            "coordinator@northbridge.example, payment-claims",
            "finance@northbridge.example,     payment-claims",
    })
    void noPageIsWiderThanAPhone(String email, String path) {
        driver.manage().window().setSize(PHONE);
        if (email != null) {
            loginAs(email);
        }
        open(path);
        waitForVaadin();
        waitForGridRows();
        assertFitsTheWindow(path + " as " + email);
    }

    /**
     * At 360 px the header keeps its padding and "Log out" stays on the title's line (beside any other
     * header control, such as a language switch); the signed-in person's name may go under them.
     */
    @ParameterizedTest(name = "header at 360 px as {0}")
    @CsvSource({"partner@northbridge.example", "coordinator@northbridge.example", "platform@platform.example"})
    void header_keepsPaddingAndLogOutOnTheTitlesLine(String email) {
        driver.manage().window().setSize(PHONE);
        loginAs(email);
        @SuppressWarnings("unchecked")
        var header = (java.util.Map<String, Number>) js().executeScript("""
                const header = document.querySelector('.app-header');
                const title = header.querySelector('.app-title').getBoundingClientRect();
                const logout = [...header.querySelectorAll('vaadin-button')].pop().getBoundingClientRect();
                const first = header.querySelector('vaadin-drawer-toggle').getBoundingClientRect();
                return {titleTop: title.top, titleBottom: title.bottom, logoutTop: logout.top, logoutBottom: logout.bottom,
                        left: first.left, right: logout.right, width: document.documentElement.clientWidth};
                """);
        double titleMiddle = (header.get("titleTop").doubleValue() + header.get("titleBottom").doubleValue()) / 2;
        assertThat(titleMiddle).as("Log out sits on the title's line")
                .isBetween(header.get("logoutTop").doubleValue(), header.get("logoutBottom").doubleValue());
        assertThat(header.get("left").doubleValue()).as("space before the menu button").isGreaterThanOrEqualTo(4);
        assertThat(header.get("width").doubleValue() - header.get("right").doubleValue())
                .as("space after Log out").isGreaterThanOrEqualTo(8);
        assertFitsTheWindow("header as " + email);
    }

    @Test
    void chooseProviderPage_fitsAPhone() {
        driver.manage().window().setSize(PHONE);
        login("both@partners.example", DEMO_PASSWORD);
        pageHeading();
        assertFitsTheWindow("choose-provider");
    }

    @ParameterizedTest(name = "{0} details fit a phone")
    @CsvSource({"partners", "programmes"})
    void detailPages_fitAPhone(String list) {
        driver.manage().window().setSize(PHONE);
        loginAs("coordinator@northbridge.example");
        openFirstDetails(list);
        assertFitsTheWindow(list + " details");
    }

    /** A name or category that is one long word wraps instead of widening the partner's page. */
    @Test
    void longWordsWrap_onAPartnersPage() {
        driver.manage().window().setSize(PHONE);
        loginAs("coordinator@northbridge.example");
        openFirstDetails("partners");
        js().executeScript("""
                document.querySelector('h1#page-heading').textContent = arguments[0];
                document.querySelectorAll('dd').forEach(d => d.textContent = arguments[0]);
                """, LONG_WORD);
        assertFitsTheWindow("partner page with an 80-character word");
    }

    /** On a phone the list, not six filters, is what the coordinator sees first; the button unfolds them. */
    @Test
    void poolFilters_foldAwayOnAPhone() {
        driver.manage().window().setSize(PHONE);
        loginAs("coordinator@northbridge.example");
        open("partners");
        waitForGridRows();
        WebElement filters = driver.findElement(By.id("pool-filters"));
        WebElement toggle = buttonWithText("vaadin-button", "Filters");
        assertThat(filters.isDisplayed()).isFalse();
        assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("false");
        Number spare = (Number) js().executeScript(
                "return window.innerHeight - document.querySelector('vaadin-grid').getBoundingClientRect().top;");
        assertThat(spare.doubleValue()).as("room for the grid's header and first row on the first screen").isGreaterThan(100);

        toggle.click();
        waitForVaadin();
        assertThat(filters.isDisplayed()).isTrue();
        assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
        assertAccessible("pool-filters-open-phone");
    }

    @Test
    void poolFiltersAreAlwaysShown_onADesktop() {
        loginAs("coordinator@northbridge.example");
        open("partners");
        waitForGridRows();
        assertThat(driver.findElement(By.id("pool-filters")).isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector("vaadin-button.filters-toggle")).getFirst().isDisplayed()).isFalse();
    }

    /** At 1280 px no cell of the pool or who-is-free grid cuts its text off. */
    @ParameterizedTest(name = "{0} at 1280 px")
    @CsvSource({"partners", "who-is-free"})
    void gridColumns_areNotTruncatedOnADesktop(String path) {
        loginAs("coordinator@northbridge.example");
        open(path);
        waitForGridRows();
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) js().executeScript("""
                return [...document.querySelectorAll('vaadin-grid vaadin-grid-cell-content')]
                    .filter(c => c.offsetParent !== null && c.scrollWidth > c.clientWidth + 1)
                    .map(c => c.textContent.trim()).filter(t => t.length > 0);
                """);
        assertThat(cut).as("cells whose text is cut off").isEmpty();
    }

    @Test
    void invitationsDialog_isAccessible() {
        loginAs("coordinator@northbridge.example");
        open("partners");
        waitForGridRows();
        buttonWithText("vaadin-button", "Invitations sent").click();
        buttonWithText("vaadin-button", "Close");
        assertAccessible("partner-invitations-dialog");
    }

    private void openFirstDetails(String list) {
        open(list);
        waitForGridRows();
        WebElement link = waitFor(By.cssSelector("vaadin-grid a[href*='" + list + "/']"));
        open(link.getDomAttribute("href"));
        pageHeading();
    }

    /** Neither the document nor the main area is wider than the window (no sideways scrolling). */
    private void assertFitsTheWindow(String page) {
        waitForVaadin();
        Number width = (Number) js().executeScript("""
                const main = document.querySelector('main');
                return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth,
                                main ? main.scrollWidth : 0);
                """);
        Number window = (Number) js().executeScript("return document.documentElement.clientWidth;");
        if (width.intValue() > window.intValue()) {
            screenshot("too-wide-" + page);
        }
        assertThat(width.intValue()).as("width of %s at %d px", page, window.intValue()).isLessThanOrEqualTo(window.intValue());
    }
}
