package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A page is bound to the provider it was opened under: after the person switches provider in another
 * tab, saving on the old page writes nothing anywhere, and the old page reloads under the provider
 * now chosen, so it never shows one provider while writing into another.
 */
class ProviderSwitchBrowserIT extends BrowserTestBase {

    private static final String BOTH = "both@partners.example";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void savingOnAPageOpenedUnderTheOtherProvider_writesNothing_andReloadsThePage() {
        String northbridgePhone = phone("NBU");
        String southmoorPhone = phone("SMC");
        String typed = "07700 900" + (100 + System.nanoTime() % 900);

        loginAndChoose(BOTH, "Northbridge University");
        String first = driver.getWindowHandle();
        open("my-profile");
        assertThat(context()).contains("Northbridge University");
        keepQuietWhileInTheBackground();

        driver.switchTo().newWindow(WindowType.TAB);
        String second = driver.getWindowHandle();
        open("choose-provider");
        chooseProvider("Southmoor College");
        assertThat(context()).contains("Southmoor College");

        driver.switchTo().window(first);
        assertThat(context()).as("the first tab still shows").contains("Northbridge University");
        waitFor(By.xpath("//vaadin-text-field[label[contains(normalize-space(), 'UK phone number')]]/input"));
        // Type and save in one script: a page cannot reload half-way through it, so either the old page
        // sends the save or it had already reloaded (an earlier request of it was refused the same way).
        Boolean sentFromTheOldPage = (Boolean) js().executeScript("""
                if (!document.querySelector('.app-header .user-context').textContent.includes('Northbridge University')) {
                    return false;
                }
                const phone = [...document.querySelectorAll('vaadin-text-field')]
                        .find(f => (f.label || '').includes('UK phone number'));
                phone.value = arguments[0];
                phone.dispatchEvent(new Event('change', {bubbles: true}));
                [...document.querySelectorAll('vaadin-button')]
                        .find(b => b.textContent.trim() === 'Save my profile').click();
                return true;
                """, typed);

        new WebDriverWait(driver, WAIT).until(d -> reloadedUnder("Southmoor College") || saved());
        assertThat(phone("SMC")).as("phone of the provider switched to").isEqualTo(southmoorPhone);
        assertThat(phone("NBU")).as("phone of the provider the page was opened under").isEqualTo(northbridgePhone);
        assertThat(saved()).as("a notice that the profile was saved (save sent from the old page: %s)",
                sentFromTheOldPage).isFalse();
        waitForVaadin();
        assertThat(currentPath()).isEqualTo("my-profile");
        assertThat(context()).as("the reloaded page").contains("Southmoor College");

        driver.switchTo().window(second);
        driver.close();
        driver.switchTo().window(first);
    }

    /**
     * Vaadin tells the server when a page is hidden, shown, blurred or focused; the first tab would then
     * reload as soon as it is shown again, before anything could be typed. Two windows side by side
     * send no such signal, so the save is the first thing the server hears from the old page: that is
     * the case this test covers, by stopping those signals in the first tab.
     */
    private void keepQuietWhileInTheBackground() {
        js().executeScript("const stop = e => e.stopImmediatePropagation();"
                + " document.addEventListener('visibilitychange', stop, true);"
                + " window.addEventListener('blur', stop, true);"
                + " window.addEventListener('focus', stop, true);");
    }

    private boolean reloadedUnder(String provider) {
        try {
            return context().contains(provider);
        } catch (RuntimeException stillReloading) {
            return false;
        }
    }

    private boolean saved() {
        return !driver.findElements(By.xpath("//*[contains(text(), 'Your profile has been saved')]")).isEmpty();
    }

    /** The header's "name, role at provider". */
    private String context() {
        return driver.findElement(By.cssSelector(".app-header .user-context")).getText();
    }

    private String phone(String providerCode) {
        return jdbc.queryForObject("select p.phone from partner p join provider pr on pr.id = p.tenant_id"
                + " where pr.short_code = ? and p.email = ?", String.class, providerCode, BOTH);
    }
}
