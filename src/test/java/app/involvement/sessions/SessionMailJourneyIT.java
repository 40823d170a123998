package app.involvement.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.TestSmtp;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
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

/**
 * The session e-mails through the real offer service, end to end to SMTP: offers to two partners, a confirmation
 * with a calendar entry, the confirmed partner withdrawing (coordinator told with the reason, the backup told a
 * place has come free, the lead told the session is below its minimum), and the cancellation (METHOD:CANCEL).
 */
class SessionMailJourneyIT extends IntegrationTestBase {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(TestSmtp.SETUP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    private Offers offers;
    @Autowired
    private Sessions sessions;

    private SessionFixtures nb;
    private Long sam;
    private Long carer;
    private LocalDate day;
    private String title;

    @BeforeEach
    void partnersFreeOnTheDay() {
        nb = new SessionFixtures(jdbc, providerId("NBU"));
        day = TODAY.plusDays(400 + SessionFixtures.unique() % 300);
        sam = nb.partnerByEmail(DemoLogins.NB_PARTNER);
        carer = nb.partnerByEmail(DemoLogins.NB_CARER);
        for (Long partner : List.of(sam, carer)) {
            nb.status(partner, "ACTIVE");
            nb.exception(partner, day, true);
        }
        title = "Mail journey " + SessionFixtures.unique();
    }

    @Test
    void offerAcceptWithdrawBackupCancel_eachTellsTheRightPeople() throws Exception {
        var base = SessionFixtures.input(nb.programme(), nb.activityType(), day, LocalTime.of(10, 0), 60, 1, 1,
                OfferMode.FIRST_COME, SessionKind.INVOLVEMENT, Set.of());
        var input = new SessionInput(base.programmeId(), base.activityTypeId(), title, base.description(), day,
                base.startTime(), 60, base.place(), null, 1, 1, SessionLevel.INVOLVED, SessionKind.INVOLVEMENT,
                Set.of(), false, "Bring your reading glasses.", null, null, null, false, false, OfferMode.FIRST_COME,
                48, 2);
        Long session = as(DemoLogins.NB_COORDINATOR, () -> sessions.create(input));

        as(DemoLogins.NB_COORDINATOR, () -> offers.send(session, List.of(sam, carer)));
        Long samOffer = nb.offerOf(session, sam);
        assertThat(text(await(DemoLogins.NB_PARTNER, "A place for you: " + title)))
                .contains("/my-sessions/" + samOffer);
        await(DemoLogins.NB_CARER, "A place for you: " + title);

        as(DemoLogins.NB_PARTNER, () -> offers.accept(samOffer));
        Calendar confirmed = calendarIn(await(DemoLogins.NB_PARTNER, "Your place is confirmed: " + title));
        assertThat(confirmed.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        as(DemoLogins.NB_CARER, () -> offers.accept(nb.offerOf(session, carer)));

        as(DemoLogins.NB_PARTNER, () -> offers.withdraw(samOffer, "Feeling unwell"));
        assertThat(text(await(DemoLogins.NB_COORDINATOR, title))).contains("has given up their place", "Feeling unwell");
        assertThat(text(await(DemoLogins.NB_CARER, "A place has come free: " + title)))
                .contains("/my-sessions/" + nb.offerOf(session, carer));
        assertThat(text(await(DemoLogins.NB_LEAD, "Too few places confirmed: " + title))).contains("/sessions/" + session);

        as(DemoLogins.NB_COORDINATOR, () -> sessions.cancel(session));
        Calendar cancelled = calendarIn(await(DemoLogins.NB_CARER, "Session cancelled: " + title));
        assertThat(cancelled.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent event = cancelled.<VEvent>getComponents().getFirst();
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo(confirmed.<VEvent>getComponents().getFirst().getProperty(Property.UID).orElseThrow().getValue());
        assertThat(Integer.parseInt(event.getProperty(Property.SEQUENCE).orElseThrow().getValue())).isPositive();
    }

    private static MimeMessage await(String to, String subjectPart) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            var found = Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equalsIgnoreCase(to) && m.getSubject().contains(subjectPart);
                } catch (MessagingException e) {
                    return false;
                }
            }).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            MAIL.waitForIncomingEmail(500, MAIL.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail to " + to + " about " + subjectPart);
    }

    private static String text(MimeMessage mail) throws Exception {
        if (mail.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType("text/plain")) {
                    return (String) parts.getBodyPart(i).getContent();
                }
            }
        }
        return (String) mail.getContent();
    }

    private static Calendar calendarIn(MimeMessage mail) throws Exception {
        var parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                String ics = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
                assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
                return calendar;
            }
        }
        throw new AssertionError("no calendar attached");
    }
}
