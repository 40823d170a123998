package app.involvement.insights;

import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A Northbridge programme of the tests' own, with one completed session yesterday attended by a demo partner, so the
 * dashboard has a chart in every section whatever else the shared database holds. Idempotent.
 */
public final class NorthbridgeInsightsData {

    public static final String PROGRAMME = "Insights test programme";

    private NorthbridgeInsightsData() {
    }

    /** The programme's id. */
    public static long ensure(JdbcTemplate jdbc) {
        long tenant = jdbc.queryForObject("select id from provider where short_code = 'NBU'", Long.class);
        Long existing = jdbc.queryForObject("select max(id) from programme where tenant_id = ? and name = ?",
                Long.class, tenant, PROGRAMME);
        if (existing != null) {
            return existing;
        }
        jdbc.update("insert into programme (version, tenant_id, name, profession, level, created_at) values"
                + " (0, ?, ?, 'PHYSIOTHERAPISTS', 'BSc', current_timestamp)", tenant, PROGRAMME);
        long programme = jdbc.queryForObject("select max(id) from programme where tenant_id = ? and name = ?",
                Long.class, tenant, PROGRAMME);
        long type = jdbc.queryForObject("select min(id) from activity_type where tenant_id = ?", Long.class, tenant);
        long partner = jdbc.queryForObject("select min(id) from partner where tenant_id = ? and status = 'ACTIVE'",
                Long.class, tenant);
        jdbc.update("insert into involvement_session (version, tenant_id, programme_id, activity_type_id, title,"
                + " description, held_on, start_time, end_time, places_minimum, places_target, level, kind,"
                + " experience_required, confidentiality_needed, conflict_check_needed, offer_mode,"
                + " offer_valid_hours, reminder_days, status, ics_sequence) values (0, ?, ?, ?, 'Insights test session',"
                + " 'Made by a test', ?, ?, ?, 1, 5, 'CONSULTED', 'INVOLVEMENT', false, false, false, 'FIRST_COME', 48,"
                + " 2, 'COMPLETED', 0)", tenant, programme, type, Date.valueOf(LocalDate.now().minusDays(1)),
                Time.valueOf(LocalTime.of(10, 0)), Time.valueOf(LocalTime.of(12, 0)));
        long session = jdbc.queryForObject("select max(id) from involvement_session where tenant_id = ?"
                + " and programme_id = ?", Long.class, tenant, programme);
        jdbc.update("insert into session_offer (version, tenant_id, session_id, partner_id, status, offered_at,"
                + " attendance) values (0, ?, ?, ?, 'CONFIRMED', current_timestamp, 'ATTENDED')", tenant, session,
                partner);
        return programme;
    }
}
