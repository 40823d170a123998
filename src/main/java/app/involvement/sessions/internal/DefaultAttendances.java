package app.involvement.sessions.internal;

import app.involvement.pool.Pool;
import app.involvement.sessions.Attendance;
import app.involvement.sessions.Attendances;
import app.involvement.sessions.OfferStatus;
import app.involvement.sessions.SessionCompleted;
import app.involvement.shared.BusinessRuleException;
import app.involvement.tenancy.TenantContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance once a session has started (UK time), for partners holding a place only; completing the session
 * publishes {@link SessionCompleted} and, when the kind counts as involvement, moves the attended partners'
 * "last involved" day on (DD030).
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
class DefaultAttendances implements Attendances {

    private final InvolvementSessionRepository sessions;
    private final SessionOfferRepository offers;
    private final Pool pool;
    private final SessionAudit audit;
    private final Clock clock;

    DefaultAttendances(InvolvementSessionRepository sessions, SessionOfferRepository offers, Pool pool,
            SessionAudit audit, Clock clock) {
        this.sessions = sessions;
        this.offers = offers;
        this.pool = pool;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void record(Long sessionId, Map<Long, Attendance> byOfferId) {
        var session = startedAndOpen(sessionId);
        if (byOfferId == null || byOfferId.isEmpty()) {
            return;
        }
        if (byOfferId.values().stream().anyMatch(Objects::isNull)) {
            throw new BusinessRuleException("field.required");
        }
        Map<Long, SessionOffer> placed = confirmed(sessionId);
        for (Long offerId : byOfferId.keySet()) {
            if (!placed.containsKey(offerId)) {
                throw audit.refused("offer " + offerId + " on session " + sessionId);
            }
        }
        byOfferId.forEach((offerId, value) -> {
            var offer = placed.get(offerId);
            if (offer.getAttendance() != value) {
                offer.record(value);
                audit.record("ATTENDANCE_RECORDED", "offer " + offerId, "session " + session.getId() + ": " + value);
            }
        });
    }

    @Override
    public void complete(Long sessionId) {
        var session = startedAndOpen(sessionId);
        var placed = confirmed(sessionId).values();
        if (placed.stream().anyMatch(o -> o.getAttendance() == null)) {
            throw new BusinessRuleException("attendance.missing");
        }
        List<Long> attended = placed.stream().filter(o -> o.getAttendance() == Attendance.ATTENDED)
                .map(SessionOffer::getPartnerId).sorted().toList();
        session.complete(clock.instant());
        audit.record("SESSION_COMPLETED", "session " + sessionId, attended.size() + " attended");
        if (session.getKind().countsAsInvolvement()) {
            pool.recordInvolvement(attended, session.getHeldOn());
        }
        audit.publish(new SessionCompleted(TenantContext.require(), sessionId, session.getProgrammeId(),
                session.getActivityTypeId(), session.getTitle(), session.getHeldOn(), session.durationMinutes(),
                session.isOnlineOnly(), session.getKind(), session.getLevel(), attended));
    }

    private InvolvementSession startedAndOpen(Long sessionId) {
        var session = sessions.planned(sessionId, audit);
        if (clock.instant().isBefore(session.startsAt())) {
            throw new BusinessRuleException("attendance.not-started");
        }
        return session;
    }

    private Map<Long, SessionOffer> confirmed(Long sessionId) {
        return offers.findBySessionIdAndStatusIn(sessionId, List.of(OfferStatus.CONFIRMED)).stream()
                .collect(Collectors.toMap(SessionOffer::getId, Function.identity()));
    }
}
