package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.evidence.EvidenceFixture;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The HCPC reviewer's journey: logs in, opens Northbridge's evidence (from their home's link where the home lists
 * the assignment), reads the parts, makes the evidence pack and downloads the PDF and the tables; a tampered
 * assignment id shows the not-found page.
 */
class EvidenceJourneyBrowserIT extends BrowserTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theReviewerOpensTheEvidence_andDownloadsThePack() {
        Long assignment = EvidenceFixture.reviewersAssignment(jdbc);
        loginAs("reviewer@hcpc.example");
        var homeLinks = driver.findElements(By.cssSelector("a[href='evidence/" + assignment + "']"));
        if (homeLinks.isEmpty()) {
            open("evidence/" + assignment); // a home without assignment cards: the link the reviewer was sent
        } else {
            click(homeLinks.getFirst());
            new WebDriverWait(driver, WAIT).until(d -> currentPath().equals("evidence/" + assignment));
        }
        assertThat(pageHeading().getText()).contains("Northbridge");
        assertThat(waitFor(By.id("evidence-support")).getText()).contains(t("evidence.part.SUPPORT.title"),
                t("evidence.support.training.title"));
        assertThat(driver.findElement(By.id("evidence-definitions")).getText())
                .contains(t("evidence.definitions.programmes.title"));

        click(waitFor(By.id("evidence-pack-build")));
        WebElement pdf = new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.id("evidence-pack-pdf"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(driver.findElement(By.id("evidence-pack-status")).getText()).isEqualTo(t("evidence.pack.ready"));

        Map<String, Object> file = fetch(pdf);
        assertThat((String) file.get("disposition")).startsWith("attachment").contains(".pdf");
        assertThat((String) file.get("type")).startsWith("application/pdf");
        assertThat((String) file.get("start")).isEqualTo("%PDF-");

        Map<String, Object> zip = fetch(driver.findElement(By.id("evidence-pack-csv")));
        assertThat((String) zip.get("disposition")).startsWith("attachment").contains("-tables.zip");
        assertThat((String) zip.get("type")).startsWith("application/zip");
        assertThat((String) zip.get("start")).startsWith("PK");

        open("evidence/" + EvidenceFixture.UNKNOWN);
        assertThat(driver.findElements(By.id("evidence-pack-build"))).as("no evidence for a tampered id").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> fetch(WebElement link) {
        return (Map<String, Object>) js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href).then(async r => {
                    const bytes = new Uint8Array(await r.arrayBuffer());
                    done({disposition: r.headers.get('content-disposition'), type: r.headers.get('content-type'),
                          start: String.fromCharCode(...bytes.slice(0, 5))});
                });
                """, link);
    }

    private void click(WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        waitForVaadin();
    }
}
