package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.planning.PlanningFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * axe-core finds nothing on the planning pages: the lead's home with the open referrals card, the strategy with its
 * objectives and the objective form, the policies with a policy's versions and the new-version form, the review
 * cycles and a review with its activities, referrals and the referral form (also on a phone), and a review read by a
 * coordinator.
 */
class PlanningAccessibilityBrowserIT extends BrowserTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theLeadsHome_strategy_andObjectiveForm() {
        loginAs("lead@northbridge.example");
        waitFor(By.id("home-open-referrals"));
        assertAccessible("planning-home");

        open("strategy");
        assertThat(currentPath()).isEqualTo("strategy");
        pageHeading();
        waitFor(By.id("objectives"));
        assertAccessible("strategy");

        clickInView(driver.findElement(By.id("objective-add")));
        waitFor(By.id("objective-save"));
        assertAccessible("strategy-objective-form");
    }

    @Test
    void policies_aPolicysVersions_andTheNewVersionForm() {
        Long policy = jdbc.queryForObject("select min(p.id) from planning_policy p join provider v on v.id = p.tenant_id"
                + " where v.short_code = 'NBU' and p.title = 'Service user and carer involvement policy'", Long.class);
        loginAs("lead@northbridge.example");
        open("policies");
        pageHeading();
        waitForGridRows();
        assertAccessible("policies");

        open("policies/" + (policy == null ? PlanningFixture.northbridgePolicy(jdbc) : policy));
        pageHeading();
        waitFor(By.id("policy-version-1"));
        assertAccessible("policy");

        clickInView(driver.findElement(By.id("policy-add-version")));
        waitFor(By.id("policy-save"));
        assertAccessible("policy-version-form");
    }

    @Test
    void reviewCycles_aReview_andTheReferralForm_onADesktopAndAPhone() {
        Long cycle = PlanningFixture.northbridgeCycle(jdbc);
        loginAs("lead@northbridge.example");
        open("review-cycles");
        pageHeading();
        waitForGridRows();
        assertAccessible("review-cycles");

        open("review-cycles/" + cycle);
        pageHeading();
        waitFor(By.id("cycle-referrals"));
        assertAccessible("review-cycle");

        clickInView(driver.findElement(By.id("referral-add")));
        waitFor(By.id("referral-save"));
        assertAccessible("review-cycle-referral-form");

        driver.navigate().refresh();
        driver.manage().window().setSize(PHONE);
        pageHeading();
        waitFor(By.id("cycle-referrals"));
        assertAccessible("review-cycle-phone");
        assertThat(((Number) js().executeScript("return document.documentElement.scrollWidth;")).intValue())
                .as("no sideways scrolling at 360 px").isLessThanOrEqualTo(PHONE.width);
    }

    @Test
    void aReview_readByACoordinator() {
        Long cycle = PlanningFixture.northbridgeCycle(jdbc);
        loginAs("coordinator@northbridge.example");
        open("review-cycles/" + cycle);
        pageHeading();
        waitFor(By.id("cycle-activities"));
        assertAccessible("review-cycle-read-only");
    }

    /** Scrolls the element to the middle of the window (clear of the sticky header), then clicks. */
    private void clickInView(org.openqa.selenium.WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
