package app.involvement.sessions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.sessions.MailRecipient;
import app.involvement.sessions.SessionFacts;
import app.involvement.sessions.SessionStatus;
import app.involvement.shared.Language;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The calendar entries parse back with ical4j and pass its RFC 5545 / iTIP validation. */
class SessionCalendarTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);
    private final SessionCalendar calendars = new SessionCalendar("https://portal.example.org/", CLOCK);
    private final MailRecipient rena = new MailRecipient(7L, "Rena", "rena@example.org", Language.ENGLISH);

    static SessionFacts session(SessionStatus status, int sequence) {
        return new SessionFacts(3L, 42L, "Northbridge University", "Admissions interviews", LocalDate.of(2026, 6, 9),
                LocalTime.of(10, 0), LocalTime.of(12, 30), "Room 2.14, Health Building", "https://meet.example.org/abc",
                "Read the interview guide; we will meet at reception.", "https://example.org/guide.pdf",
                "coordinator@northbridge.example", "coordinator@northbridge.example", status, sequence);
    }

    @Test
    void request_isValid_withStableUidSequenceAndUkTimeInUtc() throws Exception {
        Calendar calendar = parse(calendars.entry(session(SessionStatus.PLANNED, 2), rena));

        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
        VEvent event = calendar.<VEvent>getComponents().getFirst();
        assertThat(value(event, Property.UID)).isEqualTo("session-42-3@portal.example.org");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
        // 10:00 in London in June is 09:00 UTC (British Summer Time)
        assertThat(value(event, Property.DTSTART)).isEqualTo("20260609T090000Z");
        assertThat(value(event, Property.DTEND)).isEqualTo("20260609T113000Z");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Admissions interviews");
        assertThat(value(event, Property.LOCATION)).contains("Room 2.14");
        assertThat(value(event, Property.DESCRIPTION)).contains("interview guide", "guide.pdf");
        assertThat(value(event, Property.ATTENDEE)).isEqualTo("mailto:rena@example.org");
        assertThat(value(event, Property.DTSTAMP)).isEqualTo("20260601T090000Z");
    }

    @Test
    void cancellation_isMethodCancel_withStatusCancelled_andTheSameUid() throws Exception {
        Calendar calendar = parse(calendars.entry(session(SessionStatus.CANCELLED, 3), rena));

        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        assertThat(value(calendar, Property.METHOD)).isEqualTo("CANCEL");
        VEvent event = calendar.<VEvent>getComponents().getFirst();
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event, Property.UID)).isEqualTo("session-42-3@portal.example.org");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("3");
    }

    @Test
    void winterTime_isGreenwichTime() throws Exception {
        var december = new SessionFacts(3L, 43L, "Northbridge University", "Panel", LocalDate.of(2026, 12, 1),
                LocalTime.of(14, 0), LocalTime.of(15, 0), null, "https://meet.example.org/x", null, null, null,
                "contact@northbridge.example", SessionStatus.PLANNED, 0);
        VEvent event = parse(calendars.entry(december, rena)).<VEvent>getComponents().getFirst();
        assertThat(value(event, Property.DTSTART)).isEqualTo("20261201T140000Z");
        assertThat(value(event, Property.URL)).isEqualTo("https://meet.example.org/x");
    }

    @Test
    void feed_isPublish_withOneEventPerSession() throws Exception {
        Calendar calendar = parse(calendars.feed(List.of(session(SessionStatus.PLANNED, 0),
                new SessionFacts(3L, 44L, "Northbridge University", "Panel", LocalDate.of(2026, 7, 1),
                        LocalTime.of(9, 0), LocalTime.of(10, 0), "Room 1", null, null, null, null,
                        "contact@northbridge.example", SessionStatus.PLANNED, 1))));

        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        assertThat(value(calendar, Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(calendar.<VEvent>getComponents()).hasSize(2);
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static String value(Calendar calendar, String name) {
        return calendar.getProperty(name).map(Property::getValue).orElse(null);
    }

    static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }
}
