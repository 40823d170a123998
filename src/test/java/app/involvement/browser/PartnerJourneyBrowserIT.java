package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole way into the pool: a coordinator invites a service user, who accepts the invitation and
 * fills in profile and availability on a phone (360 px); once made active, the coordinator finds
 * them in "who is free".
 */
class PartnerJourneyBrowserIT extends BrowserTestBase {

    private static final Pattern LINK = Pattern.compile("/(invitation\\?token=[A-Za-z0-9_-]+)");
    private static final String PASSWORD = "a journey of many words";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void invitedPartner_setsUpOnAPhone_andIsFoundWhenFree() {
        String email = "journey." + System.nanoTime() + "@example.org";
        String name = "Jordan Journey " + System.nanoTime() % 10000;

        loginAs("coordinator@northbridge.example");
        open("partners");
        waitForGridRows();
        press(buttonWithText("vaadin-button", "Invite by e-mail"));
        type(waitFor(By.cssSelector("vaadin-email-field > input")), email);
        press(buttonWithText("vaadin-button", "Send invitation"));
        String invitation = invitationLink(email);
        logout();

        driver.manage().window().setSize(PHONE);
        open(invitation);
        type(waitFor(By.cssSelector("vaadin-text-field > input")), name);
        driver.findElements(By.cssSelector("vaadin-password-field > input")).forEach(field -> type(field, PASSWORD));
        press(buttonWithText("vaadin-button", "Create my account"));
        waitFor(By.xpath("//p[contains(., 'You have joined')]"));

        login(email, PASSWORD);
        confirmThePrivacyNotice();
        open("my-profile");
        type(waitFor(By.xpath("//vaadin-text-field[label[contains(normalize-space(), 'UK phone number')]]/input")),
                "07700 900123");
        // nobody chose for them: the partner says how they want to be paid
        press(present(By.xpath("//vaadin-radio-button[.//span[normalize-space()='Expenses only']]")));
        press(buttonWithText("vaadin-button", "Save my profile"));
        waitFor(By.xpath("//*[contains(text(), 'Your profile has been saved')]"));

        open("my-availability");
        press(present(By.xpath(
                "//vaadin-checkbox-group[label[normalize-space()='Tuesday']]//vaadin-checkbox/label[normalize-space()='Morning']")));
        press(buttonWithText("vaadin-button", "Save my usual times"));
        waitFor(By.xpath("//*[contains(text(), 'Your usual times have been saved')]"));
        logout();

        driver.manage().window().setSize(DESKTOP);
        loginAs("coordinator@northbridge.example");
        Long partnerId = jdbc.queryForObject("select id from partner where email = ?", Long.class, email);
        open("partners/" + partnerId);
        press(buttonWithText("vaadin-button", "Change status"));
        press(present(By.xpath("//vaadin-radio-button/label[normalize-space()='Active']")));
        type(waitFor(By.cssSelector("vaadin-text-area > textarea")), "Ready after induction");
        press(buttonWithText("vaadin-button", "Save"));
        new WebDriverWait(driver, WAIT).until(d -> "ACTIVE".equals(
                jdbc.queryForObject("select status from partner where id = ?", String.class, partnerId)));

        open("who-is-free");
        LocalDate tuesday = LocalDate.now().plusDays(14).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        js().executeScript("const p = document.querySelector('vaadin-date-picker'); p.value = arguments[0];"
                + " p.dispatchEvent(new CustomEvent('change', {bubbles: true}));", tuesday.toString());
        waitForVaadin();
        press(buttonWithText("vaadin-button", "Find"));
        waitForVaadin();
        List<String> cells = new WebDriverWait(driver, WAIT).until(d -> {
            List<String> texts = d.findElements(By.cssSelector("vaadin-grid vaadin-grid-cell-content")).stream()
                    .map(WebElement::getText).toList();
            return texts.contains(name) ? texts : null;
        });
        // cells are laid out row by row: name, contact, last involved, free?
        int at = cells.indexOf(name);
        assertThat(cells.get(at + 1)).contains("07700 900123");
        assertThat(cells.subList(at + 2, at + 4)).containsExactly("Not yet involved", "Free");
    }

    /**
     * The reported mix-up: an address is invited, then typed onto someone else's hand-added record. The
     * invited person must get a record of their own and never see the other person's details.
     */
    @Test
    void anAddressTypedOntoAnotherRecordAfterInviting_doesNotShowThatRecordToTheInvitedPerson() {
        String email = "mixup." + System.nanoTime() + "@example.org";

        loginAs("coordinator@northbridge.example");
        open("partners");
        waitForGridRows();
        press(buttonWithText("vaadin-button", "Invite by e-mail"));
        type(waitFor(By.cssSelector("vaadin-email-field > input")), email);
        press(buttonWithText("vaadin-button", "Send invitation"));
        String invitation = invitationLink(email);

        press(buttonWithText("vaadin-button", "Add a partner"));
        type(waitFor(By.xpath("//vaadin-text-field[label[normalize-space()='Preferred name']]/input")), "Other Person");
        type(waitFor(By.xpath("//vaadin-email-field[label[normalize-space()='E-mail address']]/input")), email);
        type(waitFor(By.xpath("//vaadin-text-field[label[contains(normalize-space(), 'UK phone number')]]/input")),
                "07700 900999");
        press(buttonWithText("vaadin-button", "Save"));
        new WebDriverWait(driver, WAIT).until(d -> currentPath().matches("partners/\\d+"));
        logout();

        open(invitation);
        type(waitFor(By.cssSelector("vaadin-text-field > input")), "Invited Person");
        driver.findElements(By.cssSelector("vaadin-password-field > input")).forEach(field -> type(field, PASSWORD));
        press(buttonWithText("vaadin-button", "Create my account"));
        waitFor(By.xpath("//p[contains(., 'You have joined')]"));

        login(email, PASSWORD);
        confirmThePrivacyNotice();
        open("my-profile");
        WebElement name = waitFor(By.xpath("//vaadin-text-field[label[normalize-space()='Preferred name']]/input"));
        assertThat(name.getDomProperty("value")).isEqualTo("Invited Person");
        assertThat(waitFor(By.xpath("//vaadin-text-field[label[contains(normalize-space(), 'UK phone number')]]/input"))
                .getDomProperty("value")).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain("Other Person").doesNotContain("07700900999");
        assertThat(jdbc.queryForObject("select user_id from partner where preferred_name = 'Other Person' and email = ?",
                Long.class, email)).as("the other person's record is not linked").isNull();
    }

    /** A new partner reads the provider's privacy notice before giving any data, and confirms it (DD050). */
    private void confirmThePrivacyNotice() {
        new WebDriverWait(driver, WAIT).until(d -> currentPath().equals("privacy-notice/read"));
        pageHeading();
        open("my-profile");
        assertThat(currentPath()).as("no data before the notice is confirmed").isEqualTo("privacy-notice/read");
        press(waitFor(By.id("privacy-notice-confirm")));
        new WebDriverWait(driver, WAIT).until(d -> currentPath().isEmpty());
        pageHeading();
    }

    /** Scrolls the element to the middle of the window first: on a phone, buttons sit below the fold. */
    private void press(WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        waitForVaadin();
    }

    /** Checkbox and radio inputs are visually hidden behind their styled parts: wait for presence only. */
    private WebElement present(By locator) {
        return new WebDriverWait(driver, WAIT).until(d -> d.findElements(locator).stream().findFirst().orElse(null));
    }

    private void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
        waitForVaadin();
    }

    /** The invitation waits in the outbox (no mail server in this test); its link is taken from there. */
    private String invitationLink(String email) {
        String body = new WebDriverWait(driver, WAIT).until(d -> jdbc.queryForList(
                "select body from mail_message where recipient = ? and body is not null", String.class, email)
                .stream().findFirst().orElse(null));
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }
}
