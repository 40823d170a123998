package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person in two providers who opens a page before choosing one is asked to choose, then taken there. */
class ProviderChoiceBrowserIT extends BrowserTestBase {

    @Test
    void openingAPageBeforeChoosing_leadsToTheChooser_andBackToThatPage() {
        open("my-profile");
        assertThat(currentPath()).isEqualTo("login");
        login("both@partners.example", DEMO_PASSWORD);
        new WebDriverWait(driver, WAIT).until(d -> currentPath().equals("choose-provider"));
        assertThat(pageHeading().getText()).isEqualTo("Choose a provider");

        open("my-profile");
        new WebDriverWait(driver, WAIT).until(d -> currentPath().equals("choose-provider"));
        buttonWithText(".choice-list vaadin-button", "Southmoor College").click();

        new WebDriverWait(driver, WAIT).until(d -> currentPath().equals("my-profile"));
        assertThat(pageHeading().getText()).isEqualTo("My profile");
    }

    @Test
    void theChoosersButtons_fitOnAPhone() {
        login("both@partners.example", DEMO_PASSWORD);
        driver.manage().window().setSize(PHONE);
        new WebDriverWait(driver, WAIT).until(d -> currentPath().equals("choose-provider"));
        pageHeading();
        List<WebElement> buttons = driver.findElements(By.cssSelector(".choice-list vaadin-button"));
        assertThat(buttons).hasSize(2);
        for (WebElement button : buttons) {
            Boolean fits = (Boolean) js().executeScript("""
                    const b = arguments[0], label = b.shadowRoot.querySelector('[part=label]');
                    const r = b.getBoundingClientRect();
                    return r.left >= 0 && r.right <= document.documentElement.clientWidth
                        && label.scrollWidth <= label.clientWidth + 1;""", button);
            assertThat(fits).as("whole text of '%s' visible at 360 px", button.getText()).isTrue();
        }
        assertAccessible("choose provider on a phone");
    }
}
