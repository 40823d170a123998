package app.involvement.sessions.internal;

import app.involvement.sessions.SessionLimits;
import app.involvement.sessions.SessionReminderDue;
import app.involvement.shared.UkFormats;
import app.involvement.tenancy.TenantContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds every partner holding a confirmed place of a planned session, from 07:00 UK time on the day that is the
 * session's {@code reminderDays} before it (0: the morning of the session) until it starts. Once per partner and
 * session day: the offer notes the day it reminded about ({@code reminder_sent_for}) in the transaction that queues
 * the mail, so a second run, on this or another instance, finds nothing left, and moving the session to another day
 * re-arms it. Runs hourly on one app instance at a time (ShedLock, DD024, DD028).
 */
@Component
class SessionReminders {

    static final LocalTime FROM = LocalTime.of(7, 0);
    /** Reminders queued at most per provider in one run; the next run takes the rest. */
    static final int BATCH = 500;

    private final SessionOfferRepository offers;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionReminders(SessionOfferRepository offers, NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock) {
        this.offers = offers;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${involvement.sessions.reminder-cron:0 5 * * * *}", zone = "Europe/London")
    @SchedulerLock(name = "session-reminders", lockAtMostFor = "PT30M")
    public void sendDue() {
        remindAll();
    }

    /** The job's work without the lock; returns how many reminders were queued. */
    int remindAll() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(UkFormats.UK_TIME));
        LocalDate today = now.toLocalDate();
        var window = new MapSqlParameterSource("today", Date.valueOf(today))
                .addValue("last", Date.valueOf(today.plusDays(SessionLimits.MAX_REMINDER_DAYS)));
        // the providers with a reminder possibly due: a platform-wide read by design, each then handled in its own tenant
        List<Long> tenants = jdbc.queryForList("select distinct s.tenant_id from involvement_session s"
                + " join session_offer o on o.tenant_id = s.tenant_id and o.session_id = s.id"
                + " where s.status = 'PLANNED' and s.held_on between :today and :last and o.status = 'CONFIRMED'"
                + " and (o.reminder_sent_for is null or o.reminder_sent_for <> s.held_on)", window, Long.class);
        int sent = 0;
        for (Long tenant : tenants) {
            Integer queued = TenantContext.runAs(tenant, () -> transactions.execute(tx -> remind(tenant, now, window)));
            sent += queued == null ? 0 : queued;
        }
        return sent;
    }

    private int remind(Long tenant, LocalDateTime now, MapSqlParameterSource window) {
        List<Due> candidates = jdbc.query("select o.id, o.session_id, o.partner_id, s.held_on, s.start_time,"
                + " s.reminder_days from session_offer o join involvement_session s on s.tenant_id = o.tenant_id"
                + " and s.id = o.session_id where o.tenant_id = :tenant and s.status = 'PLANNED'"
                + " and s.held_on between :today and :last and o.status = 'CONFIRMED'"
                + " and (o.reminder_sent_for is null or o.reminder_sent_for <> s.held_on) order by s.held_on, o.id"
                + " limit :batch", new MapSqlParameterSource(window.getValues()).addValue("tenant", tenant)
                .addValue("batch", BATCH), (rs, n) -> new Due(rs.getLong("id"), rs.getLong("session_id"),
                        rs.getLong("partner_id"), rs.getDate("held_on").toLocalDate(),
                        rs.getTime("start_time").toLocalTime(), rs.getInt("reminder_days")));
        List<Due> due = candidates.stream().filter(d -> d.isDue(now)).toList();
        if (due.isEmpty()) {
            return 0;
        }
        Map<Long, SessionOffer> rows = offers.findAllById(due.stream().map(Due::offerId).toList()).stream()
                .collect(Collectors.toMap(SessionOffer::getId, Function.identity()));
        int sent = 0;
        for (Due d : due) {
            SessionOffer offer = rows.get(d.offerId());
            if (offer != null) {
                offer.reminded(d.heldOn());
                events.publishEvent(new SessionReminderDue(tenant, d.sessionId(), d.offerId(), d.partnerId()));
                sent++;
            }
        }
        return sent;
    }

    private record Due(Long offerId, Long sessionId, Long partnerId, LocalDate heldOn, LocalTime start,
            int reminderDays) {

        boolean isDue(LocalDateTime now) {
            LocalDateTime from = heldOn.minusDays(reminderDays).atTime(FROM);
            return !now.isBefore(from) && now.isBefore(heldOn.atTime(start));
        }
    }
}
