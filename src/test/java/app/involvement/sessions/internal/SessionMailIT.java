package app.involvement.sessions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.TestSmtp;
import app.involvement.pool.ContactPreference;
import app.involvement.pool.PartnerKind;
import app.involvement.pool.PartnerProfile;
import app.involvement.pool.Pool;
import app.involvement.sessions.OfferSent;
import app.involvement.sessions.OfferStatus;
import app.involvement.sessions.PlaceConfirmed;
import app.involvement.sessions.PlaceWithdrawn;
import app.involvement.sessions.SessionInput;
import app.involvement.sessions.Sessions;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The session e-mails end to end through SMTP (GreenMail): offers with a link to the offer, confirmations, changes
 * and cancellations with a valid calendar entry (SEQUENCE raised, METHOD:CANCEL), the coordinator told of a
 * withdrawal, and a Welsh-speaking partner's mail in Welsh.
 */
class SessionMailIT extends IntegrationTestBase {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(TestSmtp.SETUP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

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

    private Long tenant;
    private String title;
    private SessionInput input;
    private Long sessionId;

    @BeforeEach
    void session() {
        tenant = providerId("NBU");
        title = "Interviews " + System.nanoTime();
        input = SessionMailFixtures.input(jdbc, tenant, title, TODAY.plusDays(20), LocalTime.of(10, 0), 2);
        sessionId = as(DemoLogins.NB_COORDINATOR, () -> sessions.create(input));
    }

    @Test
    void offer_linksToTheOffer_withNoPersonalDataInTheLink() throws Exception {
        String email = "offered." + System.nanoTime() + "@example.org";
        Long partner = partner("Olu", email);
        Long offer = SessionMailFixtures.offer(transactions, events, offers, tenant, sessionId, partner, OfferStatus.OFFERED,
                id -> new OfferSent(tenant, sessionId, id, partner, false));

        MimeMessage mail = awaitMailTo(email);
        assertThat(mail.getSubject()).isEqualTo("A place for you: " + title);
        String body = text(mail);
        assertThat(body).contains("Hello Olu", title, "Room 2.14", "Please answer by",
                "http://localhost:8080/my-sessions/" + offer, "Northbridge University");
        assertThat(body).doesNotContain("my-sessions/" + offer + "?").doesNotContain(email);
    }

    @Test
    void backupOffer_saysAPlaceHasComeFree() throws Exception {
        String email = "backup." + System.nanoTime() + "@example.org";
        Long partner = partner("Bea", email);
        SessionMailFixtures.offer(transactions, events, offers, tenant, sessionId, partner, OfferStatus.OFFERED,
                id -> new OfferSent(tenant, sessionId, id, partner, true));

        MimeMessage mail = awaitMailTo(email);
        assertThat(mail.getSubject()).isEqualTo("A place has come free: " + title);
        assertThat(text(mail)).contains("next on the backup list");
    }

    @Test
    void confirmedPlace_comesWithACalendarRequest() throws Exception {
        String email = "confirmed." + System.nanoTime() + "@example.org";
        Long partner = partner("Cai", email);
        SessionMailFixtures.offer(transactions, events, offers, tenant, sessionId, partner, OfferStatus.CONFIRMED,
                id -> new PlaceConfirmed(tenant, sessionId, id, partner));

        MimeMessage mail = awaitMailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Your place is confirmed: " + title);
        Calendar calendar = calendarIn(mail);
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent event = calendar.<VEvent>getComponents().getFirst();
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).startsWith("session-" + sessionId + "-" + tenant + "@");
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("0");
    }

    @Test
    void change_tellsEveryoneConfirmed_withTheSequenceRaised() throws Exception {
        String email = "changed." + System.nanoTime() + "@example.org";
        String offeredOnly = "not-told." + System.nanoTime() + "@example.org";
        Long partner = partner("Dee", email);
        Long other = partner("Eli", offeredOnly);
        SessionMailFixtures.offer(transactions, events, offers, tenant, sessionId, partner, OfferStatus.CONFIRMED, null);
        SessionMailFixtures.offer(transactions, events, offers, tenant, sessionId, other, OfferStatus.OFFERED, null);

        as(DemoLogins.NB_COORDINATOR, () -> sessions.update(sessionId,
                SessionMailFixtures.moved(input, TODAY.plusDays(21), LocalTime.of(14, 0))));

        MimeMessage mail = awaitMailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Session changed: " + title);
        assertThat(text(mail)).contains("14:00", "interview guide");
        Calendar calendar = calendarIn(mail);
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent event = calendar.<VEvent>getComponents().getFirst();
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo(TODAY.plusDays(21).atTime(14, 0).atZone(ZoneId.of("Europe/London"))
                        .withZoneSameInstant(ZoneId.of("UTC")).toLocalDateTime()
                        .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")));
        Thread.sleep(1000);
        assertThat(mailsTo(offeredOnly)).as("only partners holding a place are told of a change").isEmpty();
    }

    @Test
    void cancellation_tellsEveryoneConcerned_withMethodCancel() throws Exception {
        String confirmed = "cancel-a." + System.nanoTime() + "@example.org";
        String offered = "cancel-b." + System.nanoTime() + "@example.org";
        Long a = partner("Fin", confirmed);
        Long b = partner("Gwen", offered);
        SessionMailFixtures.offer(transactions, events, offers, tenant, sessionId, a, OfferStatus.CONFIRMED, null);
        SessionMailFixtures.offer(transactions, events, offers, tenant, sessionId, b, OfferStatus.OFFERED, null);

        as(DemoLogins.NB_COORDINATOR, () -> sessions.cancel(sessionId));

        for (String email : List.of(confirmed, offered)) {
            MimeMessage mail = awaitMailTo(email);
            assertThat(mail.getSubject()).startsWith("Session cancelled: " + title);
            Calendar calendar = calendarIn(mail);
            assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
            VEvent event = calendar.<VEvent>getComponents().getFirst();
            assertThat(event.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
            assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
        }
    }

    @Test
    void withdrawal_tellsTheCoordinator_withTheReason() throws Exception {
        Long partner = partner("Hal", "withdrawn." + System.nanoTime() + "@example.org");
        SessionMailFixtures.offer(transactions, events, offers, tenant, sessionId, partner, OfferStatus.WITHDRAWN,
                id -> new PlaceWithdrawn(tenant, sessionId, id, partner, "My train was cancelled"));

        MimeMessage mail = awaitMail(DemoLogins.NB_COORDINATOR, title);
        assertThat(mail.getSubject()).isEqualTo("Hal has given up their place: " + title);
        assertThat(text(mail)).contains("My train was cancelled",
                "http://localhost:8080/sessions/" + sessionId);
    }

    @Test
    void welshSpeakingPartner_getsTheirMailInWelsh() throws Exception {
        String email = "cymraeg." + System.nanoTime() + "@example.org";
        Long partner = partner("Siân", email);
        Long user = welshAccountFor(email);
        jdbc.update("update partner set user_id = ? where id = ?", user, partner);
        SessionMailFixtures.offer(transactions, events, offers, tenant, sessionId, partner, OfferStatus.CONFIRMED,
                id -> new PlaceConfirmed(tenant, sessionId, id, partner));

        MimeMessage mail = awaitMailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Mae eich lle wedi’i gadarnhau: " + title);
        assertThat(text(mail)).contains("Helo Siân", "Pryd:", "Ble:");
        assertThat(calendarIn(mail).validate().hasErrors()).isFalse();
    }

    private Long welshAccountFor(String email) {
        jdbc.update("insert into user_account (version, email, display_name, failed_login_count, created_at,"
                + " credentials_version, language) values (0, ?, 'Siân', 0, current_timestamp, 0, 'cy')", email);
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }

    private Long partner(String name, String email) {
        return as(DemoLogins.NB_COORDINATOR, () -> pool.add(new PartnerProfile(name, name + " Tester", "", email, "",
                "", PartnerKind.SERVICE_USER, ContactPreference.EMAIL, null, Set.of(), "", Set.of()), ""));
    }

    /** The calendar attached to a mail, parsed back with ical4j and checked against RFC 5545 / iTIP. */
    static Calendar calendarIn(MimeMessage mail) throws Exception {
        assertThat(mail.getContent()).isInstanceOf(Multipart.class);
        var parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && "session.ics".equals(part.getFileName())) {
                assertThat(part.getContentType()).startsWith("text/calendar");
                String ics = read(part);
                Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
                assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
                return calendar;
            }
        }
        throw new AssertionError("no calendar attached");
    }

    /** The mail's text, decoded, whether or not something is attached. */
    static String text(MimeMessage mail) throws Exception {
        if (mail.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType("text/plain")) {
                    return (String) parts.getBodyPart(i).getContent();
                }
            }
            throw new AssertionError("no text part");
        }
        return (String) mail.getContent();
    }

    private static String read(BodyPart part) throws IOException, MessagingException {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(email);
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    static MimeMessage awaitMailTo(String email) throws Exception {
        return awaitMail(email, "");
    }

    static MimeMessage awaitMail(String email, String subjectPart) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            var found = mailsTo(email).stream().filter(m -> {
                try {
                    return m.getSubject().contains(subjectPart);
                } catch (MessagingException e) {
                    return false;
                }
            }).toList();
            if (!found.isEmpty()) {
                return found.getFirst();
            }
            MAIL.waitForIncomingEmail(500, MAIL.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail to " + email);
    }
}
