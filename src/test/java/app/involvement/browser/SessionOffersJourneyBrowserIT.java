package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily work of issue 10 end to end: a coordinator plans a session for two partners and offers it to three;
 * two accept on their phones (360 px), the third accepts too and becomes the backup; one of the two withdraws, the
 * backup is offered the place at once and accepts it; the coordinator sees the two places taken.
 */
class SessionOffersJourneyBrowserIT extends BrowserTestBase {

    private static final String SAM = "Sam";
    private static final String MARIA = "Maria";
    private static final String JO = "Jo";
    private static final String REASON = "A family matter";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void coordinatorOffers_twoAcceptOnPhones_oneWithdraws_theBackupAccepts() {
        LocalDate day = freeWeekday();
        String title = "Student voice advisory group " + System.nanoTime() % 100000;
        makeFree(day, DemoLogins.NB_PARTNER, DemoLogins.NB_CARER, DemoLogins.BOTH);

        // the coordinator plans the session and offers it to three partners
        loginAs(DemoLogins.NB_COORDINATOR);
        open("sessions");
        pageHeading();
        press(waitFor(By.id("session-plan")));
        choose("session-programme", "BSc (Hons) Physiotherapy");
        choose("session-type", "Advisory group");
        type(waitFor(By.cssSelector("#session-title > input")), title);
        type(waitFor(By.cssSelector("#session-description > textarea")),
                "Tell us what helps students learn from people who use services. Tea and biscuits provided.");
        setValue("session-date", day.toString());
        setValue("session-start", "10:00");
        type(waitFor(By.cssSelector("#session-hours > input")), "2");
        type(waitFor(By.cssSelector("#session-minutes > input")), "0");
        type(waitFor(By.cssSelector("#session-place > input")), "Room 1.05, Allied Health Building");
        type(waitFor(By.cssSelector("#session-target > input")), "2");
        type(waitFor(By.cssSelector("#session-minimum > input")), "1");
        press(waitFor(By.id("session-save")));
        new WebDriverWait(driver, WAIT).until(d -> currentPath().matches("sessions/[0-9]+"));
        Long session = Long.valueOf(currentPath().substring("sessions/".length()));
        assertThat(jdbc.queryForObject("select title from involvement_session where id = ?", String.class, session))
                .isEqualTo(title);

        for (String name : List.of(SAM, MARIA, JO)) {
            tickCandidate(name);
        }
        press(waitFor(By.id("session-send")));
        new WebDriverWait(driver, WAIT).until(d -> offers(session, "OFFERED") == 3);
        logout();

        // two accept on their phones and get the places; the third accepts too and is the backup
        driver.manage().window().setSize(PHONE);
        accept(DemoLogins.NB_PARTNER, null, title);
        accept(DemoLogins.NB_CARER, null, title);
        assertThat(offers(session, "CONFIRMED")).isEqualTo(2);
        accept(DemoLogins.BOTH, "Northbridge University", title);
        assertThat(statusOf(session, DemoLogins.BOTH)).isEqualTo("BACKUP");

        // one withdraws: the backup is asked at once and takes the place
        withdraw(DemoLogins.NB_CARER, title);
        assertThat(statusOf(session, DemoLogins.NB_CARER)).isEqualTo("WITHDRAWN");
        assertThat(jdbc.queryForObject("select withdrawal_reason from session_offer where session_id = ? and partner_id = ?",
                String.class, session, partner(DemoLogins.NB_CARER))).isEqualTo(REASON);
        assertThat(statusOf(session, DemoLogins.BOTH)).isEqualTo("OFFERED");
        accept(DemoLogins.BOTH, "Northbridge University", title);
        assertThat(statusOf(session, DemoLogins.BOTH)).isEqualTo("CONFIRMED");
        assertThat(offers(session, "CONFIRMED")).isEqualTo(2);

        // the coordinator sees who holds the places
        driver.manage().window().setSize(DESKTOP);
        loginAs(DemoLogins.NB_COORDINATOR);
        open("sessions/" + session);
        pageHeading();
        waitForGridRows();
        String partners = waitFor(By.id("session-partners")).getText();
        assertThat(partners).contains(SAM, MARIA, JO, t("sessions.offer.status.CONFIRMED"),
                t("sessions.offer.withdrawn-because", REASON));
    }

    // ------------------------------------------------------------------------------------------
    // The partner's side, on a phone

    /** Signs in, opens the offer for the session from My sessions and accepts it. */
    private void accept(String email, String provider, String title) {
        loginAndChoose(email, provider);
        open("my-sessions");
        pageHeading();
        press(offerLink(title));
        new WebDriverWait(driver, WAIT).until(d -> currentPath().matches("my-sessions/[0-9]+"));
        pageHeading();
        String before = statusOfOffer(currentPath());
        press(waitFor(By.id("my-offer-accept")));
        new WebDriverWait(driver, WAIT).until(d -> !before.equals(statusOfOffer(currentPath())));
        noSidewaysScrolling();
        logout();
    }

    private void withdraw(String email, String title) {
        loginAs(email);
        open("my-sessions");
        pageHeading();
        press(offerLink(title));
        new WebDriverWait(driver, WAIT).until(d -> currentPath().matches("my-sessions/[0-9]+"));
        pageHeading();
        press(waitFor(By.id("my-offer-withdraw")));
        type(waitFor(By.cssSelector("#my-offer-withdraw-reason > textarea")), REASON);
        press(waitFor(By.id("my-offer-withdraw-confirm")));
        String offer = currentPath();
        new WebDriverWait(driver, WAIT).until(d -> "WITHDRAWN".equals(statusOfOffer(offer)));
        noSidewaysScrolling();
        logout();
    }

    /** The link to the offer for this session on My sessions. */
    private WebElement offerLink(String title) {
        return new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector("a[href^='my-sessions/']"))
                .stream().filter(a -> a.isDisplayed() && a.getText().contains(title)).findFirst().orElse(null));
    }

    private void noSidewaysScrolling() {
        assertThat((Long) js().executeScript("return document.documentElement.scrollWidth")).as("no sideways scrolling")
                .isLessThanOrEqualTo((long) PHONE.width);
    }

    // ------------------------------------------------------------------------------------------
    // The coordinator's side

    /** Ticks the partner's row in the (lazy, virtual) list of candidates, scrolling it into view. */
    private void tickCandidate(String name) {
        WebElement grid = waitFor(By.id("session-candidates"));
        waitForGridRows();
        WebElement box = new WebDriverWait(driver, WAIT).until(d -> {
            Object found = js().executeScript("""
                    const grid = arguments[0], name = arguments[1];
                    const find = () => {
                        for (const row of grid.shadowRoot.querySelectorAll('#items tr')) {
                            if (row.hidden) continue;
                            const cells = [...row.querySelectorAll('td slot')]
                                .map(s => grid.querySelector('vaadin-grid-cell-content[slot="' + s.name + '"]'))
                                .filter(c => c);
                            if (cells.some(c => c.textContent.trim() === name)) {
                                return cells.map(c => c.querySelector('vaadin-checkbox')).find(b => b) || null;
                            }
                        }
                        return null;
                    };
                    let box = find();
                    for (let i = 0; !box && i < grid.size; i += 4) {
                        grid.scrollToIndex(i);
                        grid.requestContentUpdate();
                        box = find();
                    }
                    return box;
                    """, grid, name);
            return found instanceof WebElement element ? element : null;
        });
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
        box.click();
        waitForVaadin();
    }

    /** Picks an item of a combo box by typing its name, as a person would with the keyboard. */
    private void choose(String id, String item) {
        WebElement input = waitFor(By.cssSelector("#" + id + " > input"));
        input.click();
        input.sendKeys(item);
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        input.sendKeys(Keys.ENTER);
        waitForVaadin();
        new WebDriverWait(driver, WAIT).until(d -> item.equals(d.findElement(By.cssSelector("#" + id + " > input"))
                .getAttribute("value")));
    }

    /** Sets a date or time picker's value (ISO text), as its overlay would. */
    private void setValue(String id, String value) {
        js().executeScript("const p = document.getElementById(arguments[0]); p.value = arguments[1];"
                + " p.dispatchEvent(new CustomEvent('change', {bubbles: true}));", id, value);
        waitForVaadin();
    }

    // ------------------------------------------------------------------------------------------
    // Data

    /** A weekday five to six weeks ahead: clear of the demo sessions and the demo's dated unavailability. */
    private LocalDate freeWeekday() {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(37);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The three partners are active and free that morning, whatever other tests did to their availability. */
    private void makeFree(LocalDate day, String... emails) {
        for (String email : emails) {
            Long partner = partner(email);
            jdbc.update("update partner set status = 'ACTIVE' where id = ?", partner);
            jdbc.update("delete from availability_exception where partner_id = ? and starts_on <= ? and ends_on >= ?",
                    partner, Date.valueOf(day), Date.valueOf(day));
            for (String part : List.of("MORNING", "AFTERNOON")) {
                jdbc.update("insert into weekly_availability (version, tenant_id, partner_id, day_of_week, part_of_day)"
                        + " select 0, p.tenant_id, p.id, ?, ? from partner p where p.id = ? and not exists (select 1"
                        + " from weekly_availability w where w.partner_id = p.id and w.day_of_week = ?"
                        + " and w.part_of_day = ?)", day.getDayOfWeek().getValue(), part, partner,
                        day.getDayOfWeek().getValue(), part);
            }
        }
    }

    private Long partner(String email) {
        return jdbc.queryForObject("select p.id from partner p join user_account u on u.id = p.user_id"
                + " join provider v on v.id = p.tenant_id where v.short_code = 'NBU' and u.email = ?", Long.class, email);
    }

    private long offers(Long session, String status) {
        return jdbc.queryForObject("select count(*) from session_offer where session_id = ? and status = ?", Long.class,
                session, status);
    }

    private String statusOf(Long session, String email) {
        return jdbc.queryForObject("select status from session_offer where session_id = ? and partner_id = ?",
                String.class, session, partner(email));
    }

    /** The status of the offer whose page this is ({@code my-sessions/{offerId}}). */
    private String statusOfOffer(String path) {
        return jdbc.queryForObject("select status from session_offer where id = ?", String.class,
                Long.valueOf(path.substring(path.lastIndexOf('/') + 1)));
    }

    private void press(WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        waitForVaadin();
    }

    private void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
        waitForVaadin();
    }
}
