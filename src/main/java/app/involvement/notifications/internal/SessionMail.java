package app.involvement.notifications.internal;

import app.involvement.notifications.MailGateway;
import app.involvement.sessions.ConflictDeclared;
import app.involvement.sessions.DebriefRequested;
import app.involvement.sessions.MailRecipient;
import app.involvement.sessions.OfferSent;
import app.involvement.sessions.PlaceConfirmed;
import app.involvement.sessions.PlaceWithdrawn;
import app.involvement.sessions.SessionBelowMinimum;
import app.involvement.sessions.SessionCancelled;
import app.involvement.sessions.SessionChanged;
import app.involvement.sessions.SessionFacts;
import app.involvement.sessions.SessionMailFacts;
import app.involvement.sessions.SessionNavigation;
import app.involvement.sessions.SessionReminderDue;
import app.involvement.sessions.SessionStatus;
import app.involvement.shared.Language;
import app.involvement.shared.UkFormats;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the sessions module's events into e-mails in each recipient's language (DD028), queued in the publisher's
 * transaction (DD004, DD024): offers and freed places, confirmed places, changes and cancellations (with a calendar
 * entry), reminders, and the alerts coordinators, leads and named contacts need. Links carry ids only.
 */
@Component
class SessionMail {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final SessionMailFacts facts;
    private final String baseUrl;

    SessionMail(MailOutbox outbox, MessageSource messages, SessionMailFacts facts,
            @Value("${involvement.identity.base-url:http://localhost:8080}") String baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.facts = facts;
        this.baseUrl = baseUrl.trim().replaceAll("/+$", "");
    }

    @EventListener
    void on(OfferSent offer) {
        withSession(offer.tenantId(), offer.sessionId(), s -> partner(s, offer.partnerId()).ifPresent(p -> {
            Locale l = locale(p);
            String kind = offer.backup() ? "mail.session.place-free" : "mail.session.offer";
            String answerBy = facts.offerExpiry(s.tenantId(), offer.offerId())
                    .map(at -> text(l, "mail.session.answer-by", UkFormats.dateTime(at, l))).orElse("");
            outbox.queue(s.tenantId(), p.email(), text(l, kind + ".subject", s.title(), s.providerName()),
                    text(l, kind + ".body", p.name(), s.title(), when(s, l), where(s, l), answerBy,
                            link(SessionNavigation.MY_OFFER + offer.offerId()), s.providerName()));
        }));
    }

    @EventListener
    void on(PlaceConfirmed place) {
        withSession(place.tenantId(), place.sessionId(), s -> partner(s, place.partnerId()).ifPresent(p -> {
            Locale l = locale(p);
            outbox.queue(s.tenantId(), p.email(), text(l, "mail.session.confirmed.subject", s.title()),
                    text(l, "mail.session.confirmed.body", p.name(), s.title(), when(s, l), where(s, l),
                            link(SessionNavigation.MY_OFFER + place.offerId()), s.providerName()),
                    calendar(s, p));
        }));
    }

    @EventListener
    void on(SessionReminderDue due) {
        withSession(due.tenantId(), due.sessionId(), s -> partner(s, due.partnerId()).ifPresent(p -> {
            Locale l = locale(p);
            outbox.queue(s.tenantId(), p.email(), text(l, "mail.session.reminder.subject", s.title(),
                    UkFormats.longDate(s.heldOn(), l)),
                    text(l, "mail.session.reminder.body", p.name(), s.title(), when(s, l), where(s, l),
                            preparation(s, l), link(SessionNavigation.MY_OFFER + due.offerId()),
                            s.providerName()),
                    calendar(s, p));
        }));
    }

    @EventListener
    void on(SessionChanged changed) {
        withSession(changed.tenantId(), changed.sessionId(), s -> {
            for (MailRecipient p : facts.partners(s.tenantId(), facts.confirmedPartnerIds(s.tenantId(), s.sessionId()))) {
                Locale l = locale(p);
                outbox.queue(s.tenantId(), p.email(), text(l, "mail.session.changed.subject", s.title()),
                        text(l, "mail.session.changed.body", p.name(), s.title(), when(s, l), where(s, l),
                                preparation(s, l), s.providerName()),
                        calendar(s, p));
            }
        });
    }

    @EventListener
    void on(SessionCancelled cancelled) {
        withSession(cancelled.tenantId(), cancelled.sessionId(), s -> {
            for (MailRecipient p : facts.partners(s.tenantId(), cancelled.partnerIds())) {
                Locale l = locale(p);
                String day = UkFormats.longDate(s.heldOn(), l);
                outbox.queue(s.tenantId(), p.email(), text(l, "mail.session.cancelled.subject", s.title(), day),
                        text(l, "mail.session.cancelled.body", p.name(), s.title(), day, s.providerName()),
                        s.status() == SessionStatus.CANCELLED ? calendar(s, p) : null);
            }
        });
    }

    @EventListener
    void on(PlaceWithdrawn withdrawn) {
        withSession(withdrawn.tenantId(), withdrawn.sessionId(), s -> coordinator(s).forEach(c -> {
            Locale l = locale(c);
            String who = partnerName(s, withdrawn.partnerId(), l);
            String reason = withdrawn.reason() == null || withdrawn.reason().isBlank()
                    ? text(l, "mail.session.withdrawn.no-reason") : withdrawn.reason().trim();
            outbox.queue(s.tenantId(), c.email(), text(l, "mail.session.withdrawn.subject", who, s.title()),
                    text(l, "mail.session.withdrawn.body", who, s.title(), when(s, l), reason, staffLink(s)));
        }));
    }

    @EventListener
    void on(SessionBelowMinimum below) {
        withSession(below.tenantId(), below.sessionId(), s -> facts.leads(s.tenantId()).forEach(lead -> {
            Locale l = locale(lead);
            outbox.queue(s.tenantId(), lead.email(), text(l, "mail.session.below-minimum.subject", s.title()),
                    text(l, "mail.session.below-minimum.body", lead.name(), s.title(), when(s, l), staffLink(s)));
        }));
    }

    @EventListener
    void on(ConflictDeclared conflict) {
        withSession(conflict.tenantId(), conflict.sessionId(), s -> coordinator(s).forEach(c -> {
            Locale l = locale(c);
            String who = partnerName(s, conflict.partnerId(), l);
            outbox.queue(s.tenantId(), c.email(), text(l, "mail.session.conflict.subject", s.title()),
                    text(l, "mail.session.conflict.body", who, s.title(), when(s, l), staffLink(s)));
        }));
    }

    @EventListener
    void on(DebriefRequested debrief) {
        withSession(debrief.tenantId(), debrief.sessionId(), s -> {
            List<MailRecipient> to = facts.namedContact(s.tenantId(), debrief.partnerId()).map(List::of)
                    .orElseGet(() -> coordinator(s));
            to.forEach(c -> {
                Locale l = locale(c);
                String who = partnerName(s, debrief.partnerId(), l);
                outbox.queue(s.tenantId(), c.email(), text(l, "mail.session.debrief.subject", who),
                        text(l, "mail.session.debrief.body", c.name(), who, s.title(),
                                UkFormats.longDate(s.heldOn(), l), link(SessionNavigation.DEBRIEFS)));
            });
        });
    }

    private void withSession(Long tenantId, Long sessionId, Consumer<SessionFacts> send) {
        facts.session(tenantId, sessionId).ifPresent(send);
    }

    private Optional<MailRecipient> partner(SessionFacts s, Long partnerId) {
        return facts.partners(s.tenantId(), List.of(partnerId)).stream().findFirst();
    }

    private String partnerName(SessionFacts s, Long partnerId, Locale l) {
        return facts.partners(s.tenantId(), List.of(partnerId)).stream().findFirst().map(MailRecipient::name)
                .orElseGet(() -> text(l, "mail.session.a-partner"));
    }

    /** The session's coordinator while on the staff; otherwise the provider's leads, so an alert is never dropped. */
    private List<MailRecipient> coordinator(SessionFacts s) {
        return facts.staff(s.tenantId(), s.coordinatorEmail()).map(List::of).orElseGet(() -> facts.leads(s.tenantId()));
    }

    private MailGateway.Attachment calendar(SessionFacts s, MailRecipient attendee) {
        String method = s.status() == SessionStatus.CANCELLED ? "CANCEL" : "REQUEST";
        return MailGateway.Attachment.text("session.ics", "text/calendar; charset=UTF-8; method=" + method,
                facts.calendarEntry(s, attendee));
    }

    private String when(SessionFacts s, Locale l) {
        return text(l, "mail.session.when", UkFormats.longDate(s.heldOn(), l), TIME.format(s.startTime()),
                TIME.format(s.endTime()));
    }

    private String where(SessionFacts s, Locale l) {
        String where = s.where();
        return where.isBlank() ? text(l, "mail.session.where.unknown") : where;
    }

    private String preparation(SessionFacts s, Locale l) {
        String text = s.preparation() == null ? "" : s.preparation().trim();
        if (s.preparationLink() != null && !s.preparationLink().isBlank()) {
            text = text + (text.isEmpty() ? "" : "\n") + s.preparationLink().trim();
        }
        return text.isEmpty() ? text(l, "mail.session.no-preparation") : text;
    }

    private String staffLink(SessionFacts s) {
        return link(SessionNavigation.DETAILS + s.sessionId());
    }

    private String link(String route) {
        return baseUrl + "/" + route;
    }

    private static Locale locale(MailRecipient r) {
        return (r.language() == null ? Language.ENGLISH : r.language()).locale();
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
