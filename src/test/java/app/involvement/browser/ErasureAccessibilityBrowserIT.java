package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.erasure.ErasureFixture;
import app.involvement.erasure.ErasureTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * axe-core finds nothing on the erasure pages (DD047): the partner's "leave and be forgotten" page before and after
 * asking, on a desktop and at 360 px without sideways scrolling; the lead's home card, the requests, the demo
 * request with both confirmations open (then cancelled: the demo request stays), and the on-behalf page.
 */
class ErasureAccessibilityBrowserIT extends BrowserTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void forgetTheDemoPartnersRequest() {
        ErasureTestData.forgetRequestsOf(jdbc, DemoLogins.NB_PARTNER);
    }

    @Test
    void thePartnersLeavePage_onADesktopAndAPhone_beforeAndAfterAsking() {
        loginAs(DemoLogins.NB_PARTNER);
        open("my-profile");
        pageHeading();
        waitFor(By.id("my-profile-leave"));
        assertAccessible("erasure-profile-link");

        open("my-data/leave");
        assertThat(currentPath()).isEqualTo("my-data/leave");
        pageHeading();
        waitFor(By.id("erasure-ask"));
        assertAccessible("erasure-leave");

        driver.manage().window().setSize(PHONE);
        driver.navigate().refresh();
        pageHeading();
        waitFor(By.id("erasure-ask"));
        assertAccessible("erasure-leave-phone");
        assertNoSidewaysScrolling();

        clickInView(driver.findElement(By.id("erasure-ask")));
        waitFor(By.id("erasure-withdraw"));
        assertAccessible("erasure-leave-open-phone");
        assertNoSidewaysScrolling();
    }

    @Test
    void theLeadsHome_requests_aRequestWithBothConfirmations_andTheOnBehalfPage() {
        Long request = ErasureFixture.northbridgeDemoRequest(jdbc);
        Long partner = ErasureFixture.northbridgeDemoRequester(jdbc);
        loginAs(DemoLogins.NB_LEAD);
        waitFor(By.id("home-erasure-requests"));
        assertAccessible("erasure-home");

        open("erasure-requests");
        pageHeading();
        waitForGridRows();
        assertAccessible("erasure-requests");

        open("erasure-requests/" + request);
        pageHeading();
        waitFor(By.id("erasure-blockers"));
        assertAccessible("erasure-request");

        clickInView(driver.findElement(By.id("erasure-erase")));
        waitFor(By.id("erasure-continue"));
        assertAccessible("erasure-confirm-first");
        driver.findElement(By.id("erasure-continue")).click();
        waitFor(By.id("erasure-typed-name"));
        assertAccessible("erasure-confirm-second");
        driver.findElement(By.id("erasure-cancel-second")).click();
        waitForVaadin();
        assertThat(jdbc.queryForObject("select status from erasure_request where id = ?", String.class, request))
                .as("cancelled at the second step: nothing erased").isEqualTo("OPEN");

        open("erasure-requests/new/" + partner);
        pageHeading();
        waitFor(By.id("erasure-ground"));
        assertAccessible("erasure-on-behalf");
    }

    private void assertNoSidewaysScrolling() {
        assertThat(((Number) js().executeScript("return document.documentElement.scrollWidth;")).intValue())
                .as("no sideways scrolling at 360 px").isLessThanOrEqualTo(PHONE.width);
    }

    /** Scrolls the element to the middle of the window (clear of the sticky header), then clicks. */
    private void clickInView(WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
