package app.involvement.sessions.internal;

import app.involvement.sessions.MailRecipient;
import app.involvement.sessions.SessionFacts;
import app.involvement.sessions.SessionStatus;
import app.involvement.shared.UkFormats;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sessions as RFC 5545 calendars, built with ical4j (DD028). The UID is stable per session and provider
 * ({@code session-<id>-<tenant>@<host>}), so a calendar updates the entry it already holds; times are written in
 * UTC (no VTIMEZONE needed), worked out from the session's UK date and time; SEQUENCE is the session's, raised on
 * every change a partner relies on and on cancellation.
 */
@Component
class SessionCalendar {

    static final String PRODUCT = "-//Involvement Portal//Sessions//EN";

    private final String host;
    private final Clock clock;

    SessionCalendar(@Value("${involvement.identity.base-url:http://localhost:8080}") String baseUrl, Clock clock) {
        String parsed = URI.create(baseUrl.trim()).getHost();
        this.host = parsed == null || parsed.isBlank() ? "localhost" : parsed;
        this.clock = clock;
    }

    /** A mail attachment: REQUEST for a planned or completed session, CANCEL (STATUS:CANCELLED) for a cancelled one. */
    String entry(SessionFacts session, MailRecipient attendee) {
        boolean cancelled = session.status() == SessionStatus.CANCELLED;
        VEvent event = event(session);
        var who = new Attendee(URI.create("mailto:" + attendee.email()));
        who.add(Role.REQ_PARTICIPANT);
        who.add(cancelled ? PartStat.DECLINED : PartStat.ACCEPTED);
        if (attendee.name() != null && !attendee.name().isBlank()) {
            who.add(new Cn(attendee.name()));
        }
        event.add(who);
        if (cancelled) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
        } else {
            event.add(ImmutableStatus.VEVENT_CONFIRMED);
        }
        return write(calendar(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST, List.of(event)));
    }

    /** A subscription feed: METHOD:PUBLISH, one event per session (cancelled ones marked so). */
    String feed(List<SessionFacts> sessions) {
        var events = sessions.stream().map(s -> {
            VEvent event = event(s);
            event.add(s.status() == SessionStatus.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED
                    : ImmutableStatus.VEVENT_CONFIRMED);
            return event;
        }).toList();
        return write(calendar(ImmutableMethod.PUBLISH, events));
    }

    String uid(SessionFacts session) {
        return "session-" + session.sessionId() + "-" + session.tenantId() + "@" + host;
    }

    private VEvent event(SessionFacts s) {
        Instant start = s.heldOn().atTime(s.startTime()).atZone(UkFormats.UK_TIME).toInstant();
        Instant end = s.heldOn().atTime(s.endTime()).atZone(UkFormats.UK_TIME).toInstant();
        VEvent event = new VEvent(start, end, s.title());
        event.replace(new DtStamp(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        event.add(new Uid(uid(s)));
        event.add(new Sequence(s.icsSequence()));
        String where = s.where();
        if (!where.isBlank()) {
            event.add(new Location(where));
        }
        if (s.onlineLink() != null && !s.onlineLink().isBlank()) {
            try {
                event.add(new Url(URI.create(s.onlineLink().trim())));
            } catch (IllegalArgumentException notAUri) {
                // the link is still in LOCATION
            }
        }
        String description = description(s);
        if (!description.isBlank()) {
            event.add(new Description(description));
        }
        var organiser = new Organizer(URI.create("mailto:" + s.organiserEmail()));
        if (s.providerName() != null) {
            organiser.add(new Cn(s.providerName()));
        }
        event.add(organiser);
        return event;
    }

    private static String description(SessionFacts s) {
        var text = new StringBuilder();
        if (s.preparation() != null && !s.preparation().isBlank()) {
            text.append(s.preparation().trim());
        }
        if (s.preparationLink() != null && !s.preparationLink().isBlank()) {
            text.append(text.isEmpty() ? "" : "\n\n").append(s.preparationLink().trim());
        }
        return text.toString();
    }

    private static Calendar calendar(Method method, List<VEvent> events) {
        var calendar = new Calendar().withProdId(PRODUCT).withDefaults().withProperty(method).getFluentTarget();
        events.forEach(calendar::add);
        return calendar;
    }

    private static String write(Calendar calendar) {
        try {
            var out = new StringWriter();
            new CalendarOutputter(true).output(calendar, out);
            return out.toString();
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("calendar not valid: " + e.getMessage(), e);
        }
    }
}
