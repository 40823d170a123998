package app.involvement.sessions.internal;

import app.involvement.sessions.OfferMode;
import app.involvement.sessions.OfferStatus;
import app.involvement.sessions.SessionInput;
import app.involvement.sessions.SessionKind;
import app.involvement.sessions.SessionLevel;
import app.involvement.tenancy.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions and offers for the mail and calendar tests, written through the repositories as the offer service will
 * (its events published in the same transaction), so these tests do not wait for it.
 */
final class SessionMailFixtures {

    private SessionMailFixtures() {
    }

    static SessionInput input(JdbcTemplate jdbc, Long tenant, String title, LocalDate day, LocalTime start,
            int reminderDays) {
        Long programme = jdbc.queryForObject("select min(id) from programme where tenant_id = ?", Long.class, tenant);
        Long type = jdbc.queryForObject("select min(id) from activity_type where tenant_id = ?", Long.class, tenant);
        return new SessionInput(programme, type, title, "Help us choose new students.", day, start, 90,
                "Room 2.14, Health Building", null, 1, 3, SessionLevel.INVOLVED, SessionKind.INVOLVEMENT, Set.of(),
                false, "Read the interview guide before you come.", null, null, null, false, false,
                OfferMode.FIRST_COME, 48, reminderDays);
    }

    static SessionInput moved(SessionInput in, LocalDate day, LocalTime start) {
        return new SessionInput(in.programmeId(), in.activityTypeId(), in.title(), in.description(), day, start,
                in.durationMinutes(), in.place(), in.onlineLink(), in.placesMinimum(), in.placesTarget(), in.level(),
                in.kind(), in.wantedCategoryIds(), in.experienceRequired(), in.preparation(), in.preparationLink(),
                in.wellbeingNotes(), in.paymentNote(), in.confidentialityNeeded(), in.conflictCheckNeeded(),
                in.offerMode(), in.offerValidHours(), in.reminderDays());
    }

    /** An offer in the given state, and the event (if any) published in the same transaction. */
    static Long offer(TransactionTemplate transactions, ApplicationEventPublisher events, SessionOfferRepository offers,
            Long tenant, Long sessionId, Long partnerId, OfferStatus status, java.util.function.Function<Long, Object> event) {
        return TenantContext.runAs(tenant, () -> transactions.execute(tx -> {
            Instant now = Instant.now();
            var offer = offers.save(new SessionOffer(sessionId, partnerId, now, now.plus(Duration.ofHours(48))));
            if (status != OfferStatus.OFFERED) {
                offer.respond(status, now);
            }
            offers.flush();
            if (event != null) {
                events.publishEvent(event.apply(offer.getId()));
            }
            return offer.getId();
        }));
    }
}
