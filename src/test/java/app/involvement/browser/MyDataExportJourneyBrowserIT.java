package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A partner on a phone (360 px) opens "Your data" from their profile, makes their copy, and downloads it: a ZIP with
 * the PDF and the JSON. Another partner with the same address is refused; the same link used again is refused with a
 * sentence saying why.
 */
class MyDataExportJourneyBrowserIT extends BrowserTestBase {

    @Test
    void aPartnerOnAPhone_downloadsTheirCopyOnce() throws IOException {
        driver.manage().window().setSize(PHONE);
        loginAs("partner@northbridge.example");
        open("my-profile");
        pageHeading();
        WebElement yourData = waitFor(By.id("your-data-copy"));
        assertThat(yourData.getText()).isEqualTo(t("export.profile.link"));
        click(yourData);
        new WebDriverWait(driver, WAIT).until(d -> currentPath().equals("my-data"));
        assertThat(pageHeading().getText()).isEqualTo(t("export.title"));

        click(waitFor(By.id("export-make")));
        WebElement download = new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.id("export-download"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(driver.findElement(By.id("export-status")).getText()).isEqualTo(t("export.ready"));
        String href = download.getAttribute("href");
        assertThat(href).contains("/my-data/download/");

        // another partner who has the address cannot use it, and their try does not use it up
        logout();
        loginAs("carer@northbridge.example");
        Map<String, Object> someoneElse = fetch(href);
        assertThat(someoneElse.get("status")).as("another person").isEqualTo(404L);
        logout();
        loginAs("partner@northbridge.example");

        Map<String, Object> first = fetch(href);
        assertThat(first.get("status")).isEqualTo(200L);
        assertThat((String) first.get("disposition")).startsWith("attachment").contains("my-data-").contains(".zip");
        assertThat((String) first.get("type")).startsWith("application/zip");
        byte[] zip = Base64.getDecoder().decode((String) first.get("body"));
        assertThat(new String(zip, 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
        List<String> names = new ArrayList<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                if (entry.getName().equals("my-data.pdf")) {
                    assertThat(new String(in.readNBytes(5), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
                }
            }
        }
        assertThat(names).contains("my-data.pdf", "my-data.json");

        Map<String, Object> second = fetch(href);
        assertThat(second.get("status")).as("the link works once").isEqualTo(404L);
        assertThat(new String(Base64.getDecoder().decode((String) second.get("body")),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(t("export.link.gone"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> fetch(String href) {
        return (Map<String, Object>) js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(async r => {
                    const bytes = new Uint8Array(await r.arrayBuffer());
                    let text = '';
                    for (const b of bytes) { text += String.fromCharCode(b); }
                    done({status: r.status, disposition: r.headers.get('content-disposition'),
                          type: r.headers.get('content-type'), body: btoa(text)});
                });
                """, href);
    }

    private void click(WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        waitForVaadin();
    }
}
