package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A coordinator defines a module and the activity type that needs it, records that a partner completed
 * it, and the partner sees it done on My training on a phone (360 px).
 */
class TrainingJourneyBrowserIT extends BrowserTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void coordinatorDefinesAndRecords_partnerSeesItOnAPhone() {
        String title = "Co-production basics " + System.nanoTime() % 100000;
        Long partner = jdbc.queryForObject("select p.id from partner p join provider v on v.id = p.tenant_id"
                + " where v.short_code = 'NBU' and p.email = 'partner@northbridge.example'", Long.class);

        loginAs("coordinator@northbridge.example");
        open("training-modules");
        pageHeading();
        press(buttonWithText("vaadin-button", t("training.module.add")));
        type(waitFor(By.cssSelector("#training-module-title > input")), title);
        type(waitFor(By.cssSelector("#training-module-validity > input")), "12");
        press(buttonWithText("vaadin-button", t("training.module.save")));
        new WebDriverWait(driver, WAIT).until(d -> currentPath().matches("training-modules/[0-9]+"));
        press(present(By.xpath("//vaadin-checkbox-group[@id='training-requirements']"
                + "//vaadin-checkbox/label[normalize-space()='Programme design and co-production']")));
        press(buttonWithText("vaadin-button", t("training.requirements.save")));
        waitFor(By.xpath("//*[contains(text(), '" + t("training.requirements.saved") + "')]"));
        assertThat(jdbc.queryForObject("select count(*) from training_requirement r join training_module m"
                + " on m.id = r.module_id where m.title = ?", Long.class, title)).isOne();

        open("training-records/" + partner);
        pageHeading();
        press(waitFor(By.xpath("//vaadin-button[@aria-label='" + t("training.record.open-of", title) + "']")));
        type(waitFor(By.cssSelector("#training-record-evidence > input")), "Attendance list");
        press(buttonWithText("vaadin-button", t("training.record.save")));
        new WebDriverWait(driver, WAIT).until(d -> jdbc.queryForObject("select count(*) from training_record r"
                + " join training_module m on m.id = r.module_id where m.title = ? and r.partner_id = ? and r.confirmed = true",
                Long.class, title, partner) == 1);
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("partner-training")).getText()
                .contains(title + ": " + t("training.item.done", "", "").substring(0, 7)));
        logout();

        driver.manage().window().setSize(PHONE);
        loginAs("partner@northbridge.example");
        open("my-training");
        pageHeading();
        WebElement done = waitFor(By.id("my-training-done"));
        assertThat(done.getText()).contains(title, "Valid until");
        assertThat((Long) js().executeScript("return document.documentElement.scrollWidth")).as("no sideways scrolling")
                .isLessThanOrEqualTo(360L);
    }

    /** A stored file downloads as an attachment with its stored type, for the provider's partner on their phone. */
    @Test
    void partnerDownloadsAMaterial_asAnAttachmentWithTheStoredType() {
        Long module = jdbc.queryForObject("select m.id from training_module m join provider v on v.id = m.tenant_id"
                + " where v.short_code = 'NBU' and m.title = 'Panel member training'", Long.class);
        String title = "Panel handbook " + System.nanoTime() % 100000;
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        jdbc.update("insert into training_material (version, tenant_id, module_id, title, file_name, content_type,"
                + " size_bytes, content) select 0, tenant_id, id, ?, 'handbook.pdf', 'application/pdf', ?, ? from"
                + " training_module where id = ?", title, pdf.length, pdf, module);

        driver.manage().window().setSize(PHONE);
        loginAs("partner@northbridge.example");
        open("my-training");
        pageHeading();
        press(waitFor(By.xpath("//vaadin-button[@aria-label='" + t("training.my.materials-of", "Panel member training") + "']")));
        WebElement link = waitFor(By.xpath("//a[starts-with(normalize-space(), '" + title + "')]"));
        @SuppressWarnings("unchecked")
        var response = (java.util.Map<String, Object>) js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href).then(async r => done({disposition: r.headers.get('content-disposition'),
                    type: r.headers.get('content-type'), body: await r.text()}));
                """, link);
        assertThat((String) response.get("disposition")).startsWith("attachment").contains("handbook.pdf");
        assertThat((String) response.get("type")).startsWith("application/pdf");
        assertThat((String) response.get("body")).startsWith("%PDF-1.4");
    }

    private void press(WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        waitForVaadin();
    }

    private WebElement present(By locator) {
        return new WebDriverWait(driver, WAIT).until(d -> d.findElements(locator).stream().findFirst().orElse(null));
    }

    private void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
        waitForVaadin();
    }
}
