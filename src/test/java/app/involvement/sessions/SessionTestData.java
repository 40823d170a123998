package app.involvement.sessions;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sessions for tests that need one to exist (the demo data adds its own later), written directly. */
public final class SessionTestData {

    private SessionTestData() {
    }

    /** A planned Northbridge session (the first one, or a new one a week ahead). */
    public static Long northbridgeSession(JdbcTemplate jdbc) {
        return session(jdbc, "NBU");
    }

    /** A planned session of the provider with this short code (the first one, or a new one a week ahead). */
    public static Long session(JdbcTemplate jdbc, String provider) {
        Long id = jdbc.queryForObject("select min(s.id) from involvement_session s join provider v on v.id = s.tenant_id"
                + " where v.short_code = ?", Long.class, provider);
        return id != null ? id : insert(jdbc, provider, LocalDate.now(ZoneId.of("Europe/London")).plusDays(7),
                "Admissions interviews", 2, 3, "INVOLVEMENT");
    }

    /** A new planned session on the day given (past days too, which the service refuses), 10:00 to 12:00. */
    public static Long insert(JdbcTemplate jdbc, String provider, LocalDate on, String title, int minimum, int target,
            String kind) {
        Long tenant = jdbc.queryForObject("select id from provider where short_code = ?", Long.class, provider);
        Long programme = jdbc.queryForObject("select min(id) from programme where tenant_id = ?", Long.class, tenant);
        Long type = jdbc.queryForObject("select min(id) from activity_type where tenant_id = ?", Long.class, tenant);
        jdbc.update("insert into involvement_session (version, tenant_id, programme_id, activity_type_id, title,"
                + " description, held_on, start_time, end_time, place, places_minimum, places_target, level, kind,"
                + " experience_required, confidentiality_needed, conflict_check_needed, offer_mode, offer_valid_hours,"
                + " reminder_days, status, ics_sequence) values (0, ?, ?, ?, ?, 'We talk with applicants.', ?,"
                + " '10:00:00', '12:00:00', 'Room 2.14', ?, ?, 'INVOLVED', ?, false, true, false, 'FIRST_COME', 48, 2,"
                + " 'PLANNED', 0)", tenant, programme, type, title, Date.valueOf(on), minimum, target, kind);
        return jdbc.queryForObject("select max(id) from involvement_session where tenant_id = ? and title = ?",
                Long.class, tenant, title);
    }

    /** A partner's place (or other status) on a session, written directly. */
    public static Long offer(JdbcTemplate jdbc, Long sessionId, Long partnerId, String status) {
        jdbc.update("insert into session_offer (version, tenant_id, session_id, partner_id, status, offered_at)"
                + " select 0, s.tenant_id, s.id, ?, ?, current_timestamp from involvement_session s where s.id = ?",
                partnerId, status, sessionId);
        return jdbc.queryForObject("select id from session_offer where session_id = ? and partner_id = ?", Long.class,
                sessionId, partnerId);
    }
}
