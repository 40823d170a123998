package app.involvement.insights;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A provider of its own, made row by row for tests with known answers: nothing of the demo data or of other tests
 * can change its figures.
 */
public final class InsightsFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcTemplate jdbc;
    private final long tenant;
    private final String prefix;

    private InsightsFixture(JdbcTemplate jdbc, long tenant, String prefix) {
        this.jdbc = jdbc;
        this.tenant = tenant;
        this.prefix = prefix;
    }

    public static InsightsFixture newProvider(JdbcTemplate jdbc) {
        String code = "INS" + (System.nanoTime() % 1_000_000) + SEQUENCE.incrementAndGet();
        code = code.substring(0, Math.min(12, code.length()));
        jdbc.update("insert into provider (version, name, short_code, contact_name, contact_email, created_at)"
                + " values (0, ?, ?, 'Insights Test', 'insights@example.test', current_timestamp)",
                "Insights test " + code, code);
        long id = jdbc.queryForObject("select id from provider where short_code = ?", Long.class, code);
        return new InsightsFixture(jdbc, id, code);
    }

    public long tenant() {
        return tenant;
    }

    private long last(String table) {
        return jdbc.queryForObject("select max(id) from " + table + " where tenant_id = ?", Long.class, tenant);
    }

    public long programme(String name, boolean lead, boolean coordinator) {
        jdbc.update("insert into programme (version, tenant_id, name, profession, level, created_at, lead_user_id,"
                + " coordinator_user_id) values (0, ?, ?, 'PHYSIOTHERAPISTS', 'BSc', current_timestamp, ?, ?)",
                tenant, name, lead ? 1L : null, coordinator ? 1L : null);
        return last("programme");
    }

    public void define(long programme) {
        jdbc.update("insert into programme_definition (version, tenant_id, programme_id, version_number,"
                + " definition_text, justification, author_user_id, author_name, created_at, next_review_on)"
                + " values (0, ?, ?, 1, 'People who use services.', 'Because.', 1, 'Author', current_timestamp, ?)",
                tenant, programme, Date.valueOf(LocalDate.now().plusYears(1)));
    }

    public long type(String name, String area) {
        jdbc.update("insert into activity_type (version, tenant_id, name, area) values (0, ?, ?, ?)", tenant, name,
                area);
        return last("activity_type");
    }

    public long partner(String name, LocalDate joined) {
        return partner(name, joined, "ACTIVE");
    }

    public long partner(String name, LocalDate joined, String status) {
        jdbc.update("insert into partner (version, tenant_id, preferred_name, kind, status, status_since,"
                + " contact_preference, payment_choice, created_at) values (0, ?, ?, 'SERVICE_USER', ?, ?,"
                + " 'EMAIL', 'FEE', ?)", tenant, prefix + " " + name, status, Date.valueOf(joined),
                Timestamp.valueOf(joined.atTime(12, 0)));
        return last("partner");
    }

    public void left(long partner, LocalDate day) {
        jdbc.update("insert into partner_status_change (version, tenant_id, partner_id, from_status, to_status,"
                + " changed_on, reason, recorded_at) values (0, ?, ?, 'ACTIVE', 'LEFT', ?, 'Moved away', ?)",
                tenant, partner, Date.valueOf(day), Timestamp.valueOf(day.atTime(12, 0)));
        jdbc.update("update partner set status = 'LEFT' where id = ?", partner);
    }

    /** A completed involvement session of two hours (10:00–12:00). */
    public long session(long programme, long type, LocalDate day, String level) {
        return session(programme, type, day, level, "INVOLVEMENT", "COMPLETED");
    }

    public long session(long programme, long type, LocalDate day, String level, String kind, String status) {
        jdbc.update("insert into involvement_session (version, tenant_id, programme_id, activity_type_id, title,"
                + " description, held_on, start_time, end_time, places_minimum, places_target, level, kind,"
                + " experience_required, confidentiality_needed, conflict_check_needed, offer_mode,"
                + " offer_valid_hours, reminder_days, status, ics_sequence) values (0, ?, ?, ?, 'Insights session',"
                + " 'Made by a test', ?, ?, ?, 1, 5, ?, ?, false, false, false, 'FIRST_COME', 48, 2, ?, 0)",
                tenant, programme, type, Date.valueOf(day), Time.valueOf(LocalTime.of(10, 0)),
                Time.valueOf(LocalTime.of(12, 0)), level, kind, status);
        return last("involvement_session");
    }

    public void attend(long session, long... partners) {
        for (long partner : partners) {
            offer(session, partner, "ATTENDED");
        }
    }

    public void offer(long session, long partner, String attendance) {
        jdbc.update("insert into session_offer (version, tenant_id, session_id, partner_id, status, offered_at,"
                + " attendance) values (0, ?, ?, ?, 'CONFIRMED', current_timestamp, ?)", tenant, session, partner,
                attendance);
    }

    public long category(String name, boolean retired) {
        jdbc.update("insert into experience_category (version, tenant_id, name, retired_at) values (0, ?, ?, ?)",
                tenant, name, retired ? Timestamp.valueOf(LocalDateTime.now()) : null);
        return last("experience_category");
    }

    public void experience(long partner, long category) {
        jdbc.update("insert into partner_experience (version, tenant_id, partner_id, category_id) values (0, ?, ?, ?)",
                tenant, partner, category);
    }

    /** A claim for the partner's place, submitted and paid on the days given. */
    public void paidClaim(long session, long partner, long type, LocalDate submitted, LocalDate paid) {
        jdbc.update("insert into payment_claim (version, tenant_id, partner_id, session_id, session_title, held_on,"
                + " activity_type_id, duration_minutes, online_only, fee_pence, voucher_pence, expenses_pence, status,"
                + " created_at, submitted_at, paid_on) values (0, ?, ?, ?, 'Insights session', ?, ?, 120, false,"
                + " 5000, 0, 0, 'PAID', ?, ?, ?)", tenant, partner, session, Date.valueOf(submitted), type,
                Timestamp.valueOf(submitted.atTime(9, 0)), Timestamp.valueOf(submitted.atTime(15, 30)),
                Date.valueOf(paid));
    }

    public long module(String title, long requiredFor) {
        jdbc.update("insert into training_module (version, tenant_id, title, delivery) values (0, ?, ?, 'ONLINE')",
                tenant, title);
        long module = last("training_module");
        jdbc.update("insert into training_requirement (version, tenant_id, module_id, activity_type_id)"
                + " values (0, ?, ?, ?)", tenant, module, requiredFor);
        return module;
    }

    public void trained(long partner, long module, LocalDate validUntil) {
        jdbc.update("insert into training_record (version, tenant_id, partner_id, module_id, completed_on,"
                + " valid_until, confirmed) values (0, ?, ?, ?, ?, ?, true)", tenant, partner, module,
                Date.valueOf(validUntil.minusYears(1)), Date.valueOf(validUntil));
    }
}
