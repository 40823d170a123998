package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Cymraeg / English": by keyboard on the login page, from the header when signed in; remembered and accessible. */
class LanguageBrowserIT extends BrowserTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void forgetTheChoice() {
        jdbc.update("update user_account set language = null where email in (?, ?)", DemoLogins.NB_PARTNER,
                DemoLogins.NB_COORDINATOR);
    }

    @Test
    void loginPage_switchesToWelsh_byKeyboard_andRemembersItInThisBrowser() {
        open("login");
        waitFor(By.cssSelector("vaadin-login-form"));
        assertThat(htmlLang()).isEqualTo("en");
        WebElement toWelsh = languageSwitch();
        assertThat(toWelsh.getText()).isEqualTo("Cymraeg");
        assertThat(toWelsh.getAttribute("lang")).isEqualTo("cy");

        for (int stops = 0; stops < 12 && !"language-switch".equals(activeElementId()); stops++) {
            new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        }
        assertThat(activeElementId()).as("reachable by keyboard").isEqualTo("language-switch");
        new Actions(driver).sendKeys(Keys.ENTER).perform();

        awaitHtmlLang("cy");
        waitFor(By.cssSelector("vaadin-login-form"));
        assertThat(driver.getTitle()).startsWith("Mewngofnodi");
        assertThat(languageSwitch().getText()).isEqualTo("English");
        assertThat(languageSwitch().getAttribute("lang")).isEqualTo("en");
        var cookie = driver.manage().getCookieNamed("involvement-language");
        assertThat(cookie.getValue()).isEqualTo("cy");
        assertThat(cookie.getSameSite()).isEqualTo("Lax");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertAccessible("login-welsh");

        open("forgot-password");
        pageHeading();
        assertThat(htmlLang()).as("the next page, same browser").isEqualTo("cy");

        languageSwitch().click();
        awaitHtmlLang("en");
        assertThat(driver.manage().getCookieNamed("involvement-language").getValue()).isEqualTo("en");
    }

    @Test
    void signedIn_theHeadersSwitch_storesWelshOnTheAccount_forTheNextSignInElsewhere() {
        loginAs(DemoLogins.NB_PARTNER);
        assertThat(htmlLang()).isEqualTo("en");
        WebElement toWelsh = driver.findElement(By.cssSelector(".app-header #language-switch"));
        assertThat(toWelsh.getAttribute("lang")).isEqualTo("cy");
        toWelsh.click();

        awaitHtmlLang("cy");
        pageHeading();
        assertThat(jdbc.queryForObject("select language from user_account where email = ?", String.class,
                DemoLogins.NB_PARTNER)).isEqualTo("cy");
        assertAccessible("home-partner-welsh");

        driver.manage().deleteAllCookies();
        loginAs(DemoLogins.NB_PARTNER);
        assertThat(htmlLang()).as("another browser, no cookie, after the next sign-in").isEqualTo("cy");
    }

    @Test
    void header_atPhoneWidth_keepsTheSwitchWithoutSideways() {
        driver.manage().window().setSize(PHONE);
        loginAs(DemoLogins.NB_PARTNER);
        WebElement toWelsh = driver.findElement(By.cssSelector(".app-header #language-switch"));
        assertThat(toWelsh.isDisplayed()).isTrue();
        assertThat(toWelsh.getSize().getHeight()).as("target size").isGreaterThanOrEqualTo(24);
        assertThat((Boolean) js().executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"))
                .as("no horizontal scrolling").isTrue();
    }

    @Test
    void datePicker_showsDayMonthYear_andWelshMonthNames() {
        loginAs(DemoLogins.NB_COORDINATOR);
        open("who-is-free");
        WebElement input = waitFor(By.cssSelector("vaadin-date-picker > input"));
        assertThat(input.getAttribute("value")).matches("\\d{2}/\\d{2}/\\d{4}");

        languageSwitch().click();
        awaitHtmlLang("cy");
        WebElement picker = waitFor(By.cssSelector("vaadin-date-picker"));
        assertThat(driver.findElement(By.cssSelector("vaadin-date-picker > input")).getAttribute("value"))
                .matches("\\d{2}/\\d{2}/\\d{4}");
        Object months = js().executeScript("return arguments[0].i18n.monthNames.join(',');", picker);
        assertThat((String) months).startsWith("Ionawr,Chwefror,Mawrth");
    }

    private WebElement languageSwitch() {
        return waitFor(By.id("language-switch"));
    }

    private String htmlLang() {
        return (String) js().executeScript("return document.documentElement.lang;");
    }

    private String activeElementId() {
        return (String) js().executeScript("return document.activeElement && document.activeElement.id;");
    }

    private void awaitHtmlLang(String lang) {
        new WebDriverWait(driver, WAIT).until(d -> lang.equals(htmlLang())
                && !d.findElements(By.id("language-switch")).isEmpty());
        waitForVaadin();
    }
}
