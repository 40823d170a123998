package app.involvement.retention.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/** A provider of its own for a retention test, with rows written directly at the dates a test needs. */
final class RetentionFixture {

    private static final AtomicLong UNIQUE = new AtomicLong();
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcTemplate jdbc;
    final long tenant;
    private Long session;

    private RetentionFixture(JdbcTemplate jdbc, long tenant) {
        this.jdbc = jdbc;
        this.tenant = tenant;
    }

    static RetentionFixture newProvider(JdbcTemplate jdbc) {
        String code = ("RET" + (System.nanoTime() % 100_000) + UNIQUE.incrementAndGet());
        code = code.substring(0, Math.min(12, code.length()));
        jdbc.update("insert into provider (version, name, short_code, contact_name, contact_email, created_at)"
                + " values (0, ?, ?, 'Retention Test', 'retention@example.test', current_timestamp)",
                "Retention test " + code, code);
        return new RetentionFixture(jdbc, jdbc.queryForObject("select id from provider where short_code = ?",
                Long.class, code));
    }

    long partner(String name, LocalDate statusSince, LocalDate lastInvolved) {
        String email = "retention" + UNIQUE.incrementAndGet() + "@partners.example";
        jdbc.update("insert into partner (version, tenant_id, preferred_name, email, kind, status, status_since,"
                + " contact_preference, payment_choice, last_involved_on, created_at) values (0, ?, ?, ?, 'CARER',"
                + " 'LEFT', ?, 'EMAIL', 'FEE', ?, ?)", tenant, name, email, Date.valueOf(statusSince),
                lastInvolved == null ? null : Date.valueOf(lastInvolved), Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select id from partner where email = ?", Long.class, email);
    }

    /** A partner as the erasure leaves them. */
    long erasedPartner() {
        long id = partner("To be erased", LocalDate.now(), null);
        erase(jdbc, id);
        return id;
    }

    static void erase(JdbcTemplate jdbc, long partner) {
        jdbc.update("update partner set preferred_name = 'Erased partner', email = null, full_name = null, erased_on = current_date"
                + " where id = ?", partner);
    }

    /** A claim of the partner at this status, paid on {@code paidOn} (null: unpaid), with one cost. */
    long claim(long partner, String status, LocalDate heldOn, LocalDate paidOn) {
        long claimSession = sessionOn(heldOn);
        jdbc.update("insert into payment_claim (version, tenant_id, partner_id, session_id, session_title, held_on,"
                + " activity_type_id, duration_minutes, online_only, fee_pence, voucher_pence, expenses_pence, status,"
                + " created_at, paid_on) select 0, tenant_id, ?, id, title, held_on, activity_type_id, 60, false, 2000,"
                + " 0, 480, ?, ?, ? from involvement_session where id = ?", partner, status,
                Timestamp.from(Instant.now()), paidOn == null ? null : Date.valueOf(paidOn), claimSession);
        long claim = jdbc.queryForObject("select id from payment_claim where session_id = ? and partner_id = ?",
                Long.class, claimSession, partner);
        jdbc.update("insert into claim_expense (version, tenant_id, claim_id, category, description, spent_on,"
                + " amount_pence, created_at) values (0, ?, ?, 'PUBLIC_TRANSPORT', 'Bus', ?, 480, ?)", tenant, claim,
                Date.valueOf(heldOn), Timestamp.from(Instant.now()));
        return claim;
    }

    long audit(LocalDate on) {
        jdbc.update("insert into audit_entry (occurred_at, event_type, tenant_id, subject, detail)"
                + " values (?, 'RETENTION_TEST', ?, 'retention test', ?)", Timestamp.from(on.atStartOfDay(UK)
                .plusHours(12).toInstant()), tenant, "on " + on);
        return jdbc.queryForObject("select max(id) from audit_entry where tenant_id = ? and event_type = 'RETENTION_TEST'",
                Long.class, tenant);
    }

    long sentMail(LocalDate on) {
        Timestamp at = Timestamp.from(on.atStartOfDay(UK).plusHours(9).toInstant());
        jdbc.update("insert into mail_message (version, tenant_id, recipient, subject, status, attempts,"
                + " next_attempt_at, created_at, sent_at) values (0, ?, 'someone@partners.example', 'Sent', 'SENT', 1,"
                + " ?, ?, ?)", tenant, at, at, at);
        return jdbc.queryForObject("select max(id) from mail_message where tenant_id = ?", Long.class, tenant);
    }

    boolean exists(String table, long id) {
        return jdbc.queryForObject("select count(*) from " + table + " where id = ?", Long.class, id) == 1;
    }

    String name(long partner) {
        return jdbc.queryForObject("select preferred_name from partner where id = ?", String.class, partner);
    }

    private long session() {
        if (session == null) {
            jdbc.update("insert into programme (version, tenant_id, name, profession, level, created_at)"
                    + " values (0, ?, 'Retention programme', 'NURSING', 'UNDERGRADUATE', current_timestamp)", tenant);
            jdbc.update("insert into activity_type (version, tenant_id, name, area) values (0, ?, 'Retention type',"
                    + " 'LEARNER_FACING')", tenant);
            session = 0L;
        }
        return session;
    }

    private long sessionOn(LocalDate day) {
        session();
        String title = "Retention session " + UNIQUE.incrementAndGet();
        jdbc.update("insert into involvement_session (version, tenant_id, programme_id, activity_type_id, title,"
                + " description, held_on, start_time, end_time, places_minimum, places_target, level, kind,"
                + " experience_required, confidentiality_needed, conflict_check_needed, offer_mode, offer_valid_hours,"
                + " reminder_days, status, ics_sequence) select 0, ?, (select min(id) from programme where tenant_id = ?),"
                + " (select min(id) from activity_type where tenant_id = ?), ?, 'Paid', ?, '10:00', '11:00', 1, 2,"
                + " 'INVOLVED', 'INVOLVEMENT', false, false, false, 'FIRST_COME', 48, 2, 'COMPLETED', 0",
                tenant, tenant, tenant, title, Date.valueOf(day));
        return jdbc.queryForObject("select id from involvement_session where tenant_id = ? and title = ?", Long.class,
                tenant, title);
    }
}
