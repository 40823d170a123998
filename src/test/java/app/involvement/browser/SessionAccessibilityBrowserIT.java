package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.sessions.SessionTestData;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** axe-core finds nothing on the staff session pages, the session dialog and the coordinator's home with sessions. */
class SessionAccessibilityBrowserIT extends BrowserTestBase {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void sessionList_andThePlanDialog() {
        SessionTestData.insert(jdbc, "NBU", TODAY.plusDays(3), "Listed for axe " + System.nanoTime(), 2, 3,
                "INVOLVEMENT");
        loginAs("coordinator@northbridge.example");
        open("sessions");
        assertThat(currentPath()).isEqualTo("sessions");
        pageHeading();
        waitForGridRows();
        assertAccessible("sessions");

        buttonWithText("vaadin-button", t("sessions.plan")).click();
        buttonWithText("vaadin-button", t("sessions.save"));
        assertAccessible("session-dialog");
        buttonWithText("vaadin-button", t("sessions.save")).click();
        waitForVaadin();
        assertAccessible("session-dialog-with-errors");
    }

    @Test
    void sessionPage_withPartnersAndCandidates_andTheEditDialog() {
        Long session = SessionTestData.insert(jdbc, "NBU", TODAY.plusDays(4), "Offered for axe " + System.nanoTime(),
                2, 3, "INVOLVEMENT");
        jdbc.update("update involvement_session set offer_mode = 'COORDINATOR_CONFIRMS' where id = ?", session);
        SessionTestData.offer(jdbc, session, partner("partner@northbridge.example"), "CONFIRMED");
        SessionTestData.offer(jdbc, session, partner("carer@northbridge.example"), "ACCEPTED");
        loginAs("coordinator@northbridge.example");
        open("sessions/" + session);
        pageHeading();
        waitFor(By.id("session-candidates"));
        waitForGridRows();
        assertAccessible("session-details");

        buttonWithText("vaadin-button", t("sessions.edit")).click();
        buttonWithText("vaadin-button", t("sessions.save"));
        assertAccessible("session-edit-dialog");
    }

    @Test
    void sessionPage_afterTheStart_withAttendance() {
        Long session = SessionTestData.insert(jdbc, "NBU", TODAY.minusDays(1), "Held for axe " + System.nanoTime(),
                1, 2, "INVOLVEMENT");
        SessionTestData.offer(jdbc, session, partner("partner@northbridge.example"), "CONFIRMED");
        loginAs("coordinator@northbridge.example");
        open("sessions/" + session);
        pageHeading();
        waitFor(By.id("session-attendance"));
        waitForGridRows();
        assertAccessible("session-attendance");
    }

    @Test
    void coordinatorHome_withSessionsThisWeekAndBelowMinimum() {
        SessionTestData.insert(jdbc, "NBU", TODAY.plusDays(2), "This week for axe " + System.nanoTime(), 2, 3,
                "INVOLVEMENT");
        loginAs("coordinator@northbridge.example");
        pageHeading();
        waitFor(By.id("home-sessions-week"));
        waitFor(By.cssSelector("#home-sessions-below .session-flag"));
        assertAccessible("coordinator-home-sessions");
    }

    private Long partner(String email) {
        return jdbc.queryForObject("select p.id from partner p join provider v on v.id = p.tenant_id"
                + " where v.short_code = 'NBU' and p.email = ?", Long.class, email);
    }
}
