package app.involvement.sessions.internal;

import static app.involvement.sessions.internal.SessionMailIT.MAIL;
import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.TwoSchedulers;
import app.involvement.pool.ContactPreference;
import app.involvement.pool.PartnerKind;
import app.involvement.pool.PartnerProfile;
import app.involvement.pool.Pool;
import app.involvement.sessions.OfferStatus;
import app.involvement.sessions.SessionInput;
import app.involvement.sessions.Sessions;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import javax.sql.DataSource;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The session reminder: from 07:00 UK time on the day {@code reminderDays} before, once per partner and session
 * day (a new day re-arms it), with the preparation and a valid calendar entry; and once only when two app
 * instances (two lock providers on one database) run the job at the same moment.
 */
class SessionRemindersIT extends IntegrationTestBase {

    @RegisterExtension
    static final com.icegreen.greenmail.junit5.GreenMailExtension SMTP = MAIL;

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.now(UK);

    @Autowired
    private Sessions sessions;
    @Autowired
    private Pool pool;
    @Autowired
    private SessionOfferRepository offers;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private NamedParameterJdbcTemplate named;
    @Autowired
    private SessionReminders reminders;
    @Autowired
    private DataSource dataSource;

    private Long tenant;
    private String email;
    private String title;

    @BeforeEach
    void setUp() {
        tenant = providerId("NBU");
        email = "remind." + System.nanoTime() + "@example.org";
        title = "Reminded " + System.nanoTime();
    }

    @Test
    void reminder_fromSevenOnTheDayBefore_once_andAgainAfterTheDayMoves() throws Exception {
        LocalDate day = TODAY.plusDays(10);
        SessionInput input = SessionMailFixtures.input(jdbc, tenant, title, day, LocalTime.of(10, 0), 2);
        Long session = as(DemoLogins.NB_COORDINATOR, () -> sessions.create(input));
        confirmedPartner(session);

        at(day.minusDays(2).atTime(6, 59)).remindAll();
        Thread.sleep(1000);
        assertThat(SessionMailIT.mailsTo(email)).as("not before 07:00 two days before").isEmpty();

        at(day.minusDays(2).atTime(7, 0)).remindAll();
        at(day.minusDays(2).atTime(8, 0)).remindAll();
        at(day.minusDays(1).atTime(9, 0)).remindAll();

        MimeMessage mail = SessionMailIT.awaitMailTo(email);
        assertThat(mail.getSubject()).startsWith("Reminder: " + title);
        assertThat(SessionMailIT.text(mail)).contains("How to prepare", "Read the interview guide", "10:00 to 11:30",
                "/my-sessions/");
        Calendar calendar = SessionMailIT.calendarIn(mail);
        assertThat(calendar.<VEvent>getComponents().getFirst().getProperty(Property.UID).orElseThrow().getValue())
                .startsWith("session-" + session + "-");
        Thread.sleep(1000);
        assertThat(jdbc.queryForObject("select reminder_sent_for from session_offer where session_id = ?",
                LocalDate.class, session)).isEqualTo(day);
        assertThat(SessionMailIT.mailsTo(email).stream().map(SessionRemindersIT::subject))
                .as("once per partner and session day").hasSize(1);

        // moved a day later: the change mail goes out, and the reminder is due again for the new day
        as(DemoLogins.NB_COORDINATOR, () -> sessions.update(session, SessionMailFixtures.moved(input, day.plusDays(1),
                LocalTime.of(10, 0))));
        at(day.minusDays(1).atTime(6, 30)).remindAll();
        Thread.sleep(1000);
        assertThat(SessionMailIT.mailsTo(email).stream().filter(this::isReminder))
                .as("not before 07:00 two days before the new day").hasSize(1);
        at(day.minusDays(1).atTime(7, 0)).remindAll();
        long deadline = System.currentTimeMillis() + 15_000;
        while (SessionMailIT.mailsTo(email).stream().filter(this::isReminder).count() < 2
                && System.currentTimeMillis() < deadline) {
            MAIL.waitForIncomingEmail(500, MAIL.getReceivedMessages().length + 1);
        }
        assertThat(SessionMailIT.mailsTo(email).stream().filter(this::isReminder)).hasSize(2);
    }

    @Test
    void sameDayReminder_onTheMorning_notOnceTheSessionHasStarted() throws Exception {
        LocalDate day = TODAY.plusDays(5);
        Long session = as(DemoLogins.NB_COORDINATOR, () -> sessions.create(
                SessionMailFixtures.input(jdbc, tenant, title, day, LocalTime.of(9, 30), 0)));
        confirmedPartner(session);

        at(day.minusDays(1).atTime(20, 0)).remindAll();
        at(day.atTime(9, 30)).remindAll();
        Thread.sleep(1000);
        assertThat(SessionMailIT.mailsTo(email)).as("not the evening before, not once it has started").isEmpty();

        at(day.atTime(7, 5)).remindAll();
        assertThat(SessionMailIT.awaitMailTo(email).getSubject()).startsWith("Reminder: " + title);
    }

    @Test
    void twoInstancesRunningTheJobAtOnce_sendOneReminder() throws Exception {
        Long session = as(DemoLogins.NB_COORDINATOR, () -> sessions.create(
                SessionMailFixtures.input(jdbc, tenant, title, TODAY.plusDays(1), LocalTime.of(21, 0), 2)));
        confirmedPartner(session);
        TwoSchedulers.runTogether(dataSource, reminders::sendDue, reminders::remindAll, "session-reminders",
                Duration.ofMinutes(30));

        SessionMailIT.awaitMailTo(email);
        Thread.sleep(1500);
        assertThat(SessionMailIT.mailsTo(email)).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'session-reminders'", Long.class))
                .isOne();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private boolean isReminder(MimeMessage m) {
        try {
            return m.getSubject().startsWith("Reminder: ");
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private void confirmedPartner(Long session) {
        Long partner = as(DemoLogins.NB_COORDINATOR, () -> pool.add(new PartnerProfile("Rhys", "Rhys Reminder", "",
                email, "", "", PartnerKind.CARER, ContactPreference.EMAIL, null, Set.of(), "", Set.of()), ""));
        SessionMailFixtures.offer(transactions, events, offers, tenant, session, partner, OfferStatus.CONFIRMED, null);
    }

    /** The job as it runs at this UK wall-clock time. */
    private SessionReminders at(LocalDateTime ukTime) {
        return new SessionReminders(offers, named, transactions, events,
                Clock.fixed(ukTime.atZone(UK).toInstant(), UK));
    }
}
