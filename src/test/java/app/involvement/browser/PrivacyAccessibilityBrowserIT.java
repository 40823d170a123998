package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.privacy.PrivacyFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * axe-core finds nothing on the privacy pages (DD050) — the notice a partner is stopped at after a new version, their
 * list of staff looks, their profile's "Your data" section (at 360 px and on a desktop, none wider than the window),
 * and the lead's notice page with an earlier version open — and the gate lets the partner on once they confirm.
 */
class PrivacyAccessibilityBrowserIT extends BrowserTestBase {

    private static final String PARTNER = "partner@northbridge.example";
    private static final String CARER = "carer@northbridge.example";
    private static final String LEAD = "lead@northbridge.example";

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void demoNoticeBack() {
        PrivacyFixture.backToTheDemoNotice(jdbc, "NBU");
    }

    @ParameterizedTest(name = "the notice a partner is stopped at, at {0}")
    @CsvSource({"desktop", "phone"})
    void aNewVersion_stopsThePartnerAtTheNotice_untilTheyConfirm(String width) {
        Long tenant = PrivacyFixture.tenant(jdbc, "NBU");
        jdbc.update("insert into privacy_notice_version (version, tenant_id, version_number, text_en, text_cy,"
                + " published_on, published_by, published_at) values (0, ?, 2, ?, ?, current_date, ?, current_timestamp)",
                tenant, "Version two.\n\nWe now also keep your training records.",
                "Fersiwn dau.\n\nRydym nawr hefyd yn cadw eich cofnodion hyfforddi.", LEAD);
        phoneIf(width);
        login(CARER, DEMO_PASSWORD);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, WAIT)
                .until(d -> currentPath().equals("privacy-notice/read"));
        pageHeading();
        assertThat(waitFor(By.id("privacy-notice-text")).getText()).contains(welsh() ? "Fersiwn dau." : "Version two.");
        assertAccessible("privacy-notice-gate-" + width);
        assertFitsTheWindow("the notice at " + width);
        open("my-profile");
        assertThat(currentPath()).as("partner pages wait for the confirmation").isEqualTo("privacy-notice/read");
        var confirm = waitFor(By.id("privacy-notice-confirm"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", confirm);
        confirm.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, WAIT).until(d -> currentPath().isEmpty());
        open("my-profile");
        assertThat(currentPath()).isEqualTo("my-profile");
    }

    @ParameterizedTest(name = "who has looked, at {0}")
    @CsvSource({"desktop", "phone"})
    void theListOfLooks(String width) {
        Long tenant = PrivacyFixture.tenant(jdbc, "NBU");
        Long partner = PrivacyFixture.partnerOf(jdbc, PARTNER, "NBU");
        jdbc.update("insert into privacy_sensitive_look (version, tenant_id, partner_id, staff_email, staff_name, staff_role,"
                + " section, looked_at) values (0, ?, ?, 'coordinator@northbridge.example', 'Sam Coordinator',"
                + " 'COORDINATOR', 'EXPERIENCE_AND_ACCESS', current_timestamp)", tenant, partner);
        phoneIf(width);
        loginAs(PARTNER);
        open("my-data/looks");
        pageHeading();
        assertThat(waitFor(By.id("my-looks")).getText()).contains("coordinator@northbridge.example");
        assertAccessible("my-looks-" + width);
        assertFitsTheWindow("who has looked at " + width);
    }

    @ParameterizedTest(name = "the profile's your data section, at {0}")
    @CsvSource({"desktop", "phone"})
    void theProfilesYourDataSection(String width) {
        phoneIf(width);
        loginAs(PARTNER);
        open("my-profile");
        pageHeading();
        var section = waitFor(By.id("your-data"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", section);
        assertThat(driver.findElement(By.id("my-data-notice")).getText()).isEqualTo(t("my-profile.your-data.notice"));
        assertAccessible("my-profile-your-data-" + width);
        assertFitsTheWindow("my profile at " + width);
        driver.findElement(By.id("my-data-notice")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, WAIT)
                .until(d -> currentPath().equals("privacy-notice/read"));
        waitFor(By.id("privacy-notice-confirmed"));
        assertAccessible("privacy-notice-reread-" + width);
    }

    @Test
    void theLeadsNoticePage_withAnEarlierVersionOpen() {
        loginAs(LEAD);
        open("privacy-notice");
        pageHeading();
        waitFor(By.id("privacy-notice-english"));
        var version = waitFor(By.id("privacy-notice-version-1"));
        js().executeScript("arguments[0].opened = true; arguments[0].scrollIntoView({block: 'center'});", version);
        waitForVaadin();
        assertAccessible("privacy-notice-lead");
    }

    @Test
    void theOpenedSensitiveSection_andTheCorrectionFormWithItsReason() {
        Long partner = PrivacyFixture.partnerOf(jdbc, CARER, "NBU");
        loginAs("coordinator@northbridge.example");
        open("partners/" + partner);
        pageHeading();
        var section = waitFor(By.id("partner-sensitive"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", section);
        section.findElement(By.cssSelector("vaadin-details-summary")).click();
        waitForVaadin();
        assertThat(section.getText()).contains(t("pool.details.access"));
        assertAccessible("partner-sensitive-open");
        js().executeScript("arguments[0].scrollIntoView({block: 'start'});", driver.findElement(By.id("page-heading")));
        buttonWithText("vaadin-button", t("pool.details.edit")).click();
        var reason = waitFor(By.id("partner-correction-reason"));
        buttonWithText("vaadin-button", t("pool.save")).click();
        waitForVaadin();
        assertThat(reason.getDomAttribute("invalid")).isNotNull();
        assertAccessible("partner-correction-reason-missing");
    }

    private void phoneIf(String width) {
        if (width.equals("phone")) {
            driver.manage().window().setSize(PHONE);
        }
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
        assertThat(width.intValue()).as("width of %s at %d px", page, window.intValue())
                .isLessThanOrEqualTo(window.intValue());
    }
}
