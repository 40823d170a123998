package app.involvement.sessions.internal;

import app.involvement.sessions.DebriefRequested;
import app.involvement.sessions.MyWellbeing;
import app.involvement.sessions.MyWellbeingState;
import app.involvement.sessions.OfferStatus;
import app.involvement.sessions.SessionLimits;
import app.involvement.sessions.SessionStatus;
import app.involvement.sessions.WellbeingStage;
import app.involvement.shared.BusinessRuleException;
import app.involvement.tenancy.TenantContext;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partner's check-in and debrief request (DD029), on their own place only. */
@Service
@Transactional
@PreAuthorize("hasRole('PARTNER')")
class DefaultMyWellbeing implements MyWellbeing {

    private final OwnPlaces places;
    private final WellbeingNoteRepository notes;
    private final SessionAudit audit;
    private final Clock clock;

    DefaultMyWellbeing(OwnPlaces places, WellbeingNoteRepository notes, SessionAudit audit, Clock clock) {
        this.places = places;
        this.notes = notes;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public MyWellbeingState mine(Long offerId) {
        var offer = places.offer(offerId);
        var state = MyWellbeingState.NONE;
        for (var n : notes.findBySessionIdAndPartnerId(offer.getSessionId(), offer.getPartnerId())) {
            state = n.getStage() == WellbeingStage.CHECK_IN
                    ? new MyWellbeingState(n.getCreatedAt(), n.getNote(), state.debriefRequestedAt(),
                            state.debriefNote(), state.debriefClosedAt())
                    : new MyWellbeingState(state.checkedInAt(), state.checkInNote(), n.getCreatedAt(), n.getNote(),
                            n.getClosedAt());
        }
        return state;
    }

    @Override
    public void checkIn(Long offerId, String note) {
        String text = clean(note);
        var place = places.of(offerId);
        var session = place.session();
        if (place.offer().getStatus() != OfferStatus.CONFIRMED) {
            throw new BusinessRuleException("my-sessions.check-in.place-needed");
        }
        if (session.getStatus() != SessionStatus.PLANNED || session.getHeldOn().isBefore(places.today())) {
            throw new BusinessRuleException("my-sessions.declare.session-over");
        }
        var checkIn = note(place, WellbeingStage.CHECK_IN);
        checkIn.write(text, clock.instant());
        notes.save(checkIn);
        audit.record("WELLBEING_CHECK_IN", "session " + session.getId(), "partner " + place.partnerId());
    }

    @Override
    public void requestDebrief(Long offerId, String note) {
        String text = clean(note);
        var place = places.of(offerId);
        var session = place.session();
        if (place.offer().getStatus() != OfferStatus.CONFIRMED || session.getStatus() == SessionStatus.CANCELLED) {
            throw new BusinessRuleException("my-sessions.debrief.place-needed");
        }
        if (session.getStatus() != SessionStatus.COMPLETED && session.getHeldOn().isAfter(places.today())) {
            throw new BusinessRuleException("my-sessions.debrief.too-early");
        }
        var request = note(place, WellbeingStage.DEBRIEF);
        if (request.isOpen()) {
            throw new BusinessRuleException("my-sessions.debrief.already-open");
        }
        request.write(text, clock.instant());
        notes.save(request);
        audit.record("DEBRIEF_REQUESTED", "session " + session.getId(), "partner " + place.partnerId());
        audit.publish(new DebriefRequested(TenantContext.require(), session.getId(), place.partnerId()));
    }

    private WellbeingNote note(OwnPlaces.Place place, WellbeingStage stage) {
        return notes.findBySessionIdAndPartnerIdAndStage(place.session().getId(), place.partnerId(), stage)
                .orElseGet(() -> new WellbeingNote(place.session().getId(), place.partnerId(), stage));
    }

    private static String clean(String note) {
        String text = note == null || note.isBlank() ? null : note.trim();
        if (text != null && text.length() > SessionLimits.WELLBEING_NOTE) {
            throw new BusinessRuleException("field.too-long", SessionLimits.WELLBEING_NOTE);
        }
        return text;
    }
}
