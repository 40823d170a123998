package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.insights.NorthbridgeInsightsData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * axe-core finds nothing on the insights dashboard (server-drawn SVG charts with their tables, the filter) and on
 * the pitfall page, for the lead who edits the thresholds and the coordinator who reads them (DD040, DD041).
 */
class InsightsAccessibilityBrowserIT extends BrowserTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theDashboard_withItsChartsAndTables() {
        NorthbridgeInsightsData.ensure(jdbc);
        loginAs("lead@northbridge.example");
        open("insights");
        assertThat(currentPath()).isEqualTo("insights");
        pageHeading();
        waitFor(By.id("insights-filter-show"));
        waitFor(By.cssSelector("#insights-levels svg[role='img']"));
        waitFor(By.id("insights-levels-table"));
        waitFor(By.id("insights-reach-table"));
        assertAccessible("insights");
    }

    @Test
    void theDashboard_filteredToOneProgramme_byTheCoordinator() {
        long programme = NorthbridgeInsightsData.ensure(jdbc);
        loginAs("coordinator@northbridge.example");
        open("insights?programme=" + programme);
        pageHeading();
        waitFor(By.cssSelector("#insights-concentration svg[role='img']"));
        assertThat(driver.findElement(By.id("insights-concentration-table")).getText())
                .contains(NorthbridgeInsightsData.PROGRAMME);
        assertAccessible("insights-one-programme");
    }

    @Test
    void thePitfalls_editedByTheLead() {
        loginAs("lead@northbridge.example");
        open("pitfalls");
        pageHeading();
        waitFor(By.id("pitfall-list"));
        waitFor(By.id("pitfall-thresholds-save"));
        assertAccessible("pitfalls");
    }

    @Test
    void thePitfalls_readByTheCoordinator() {
        loginAs("coordinator@northbridge.example");
        open("pitfalls");
        pageHeading();
        waitFor(By.id("pitfall-reliance"));
        assertThat(driver.findElements(By.id("pitfall-thresholds-save"))).isEmpty();
        assertAccessible("pitfalls-read-only");
    }
}
