package app.involvement.sessions;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Sessions and offers written straight into the tables (tenant named explicitly), so tests of the partner's pages
 * can set up any state, past sessions included, without the offer service.
 */
public final class MySessionsFixture {

    private MySessionsFixture() {
    }

    public static Long tenant(JdbcTemplate jdbc, String shortCode) {
        return jdbc.queryForObject("select id from provider where short_code = ?", Long.class, shortCode);
    }

    public static Long partner(JdbcTemplate jdbc, String email, String shortCode) {
        return jdbc.queryForObject("select p.id from partner p join provider v on v.id = p.tenant_id"
                + " where p.email = ? and v.short_code = ?", Long.class, email, shortCode);
    }

    public static Long session(JdbcTemplate jdbc, Long tenant, String title, LocalDate heldOn, boolean confidentiality,
            boolean conflictCheck, SessionStatus status) {
        Long programme = jdbc.queryForObject("select min(id) from programme where tenant_id = ?", Long.class, tenant);
        Long type = jdbc.queryForObject("select min(id) from activity_type where tenant_id = ?", Long.class, tenant);
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("insert into involvement_session (version, tenant_id, programme_id,"
                    + " activity_type_id, title, description, held_on, start_time, end_time, place, online_link,"
                    + " places_minimum, places_target, level, kind, experience_required, preparation,"
                    + " preparation_link, wellbeing_notes, payment_note, confidentiality_needed, conflict_check_needed,"
                    + " offer_mode, offer_valid_hours, reminder_days, status, ics_sequence)"
                    + " values (0, ?, ?, ?, ?, 'Help us choose new nursing students.', ?, ?, ?, 'Room 2, Health Building',"
                    + " 'https://meet.example/abc', 1, 3, 'INVOLVED', 'INVOLVEMENT', false, 'Read the interview questions.',"
                    + " 'https://example.org/questions', 'Some stories may be upsetting.', '£50 for the session and travel paid back.',"
                    + " ?, ?, 'FIRST_COME', 48, 2, ?, 0)", new String[] {"id"});
            s.setLong(1, tenant);
            s.setLong(2, programme);
            s.setLong(3, type);
            s.setString(4, title);
            s.setDate(5, Date.valueOf(heldOn));
            s.setTime(6, Time.valueOf(LocalTime.of(10, 0)));
            s.setTime(7, Time.valueOf(LocalTime.of(12, 30)));
            s.setBoolean(8, confidentiality);
            s.setBoolean(9, conflictCheck);
            s.setString(10, status.name());
            return s;
        }, keys);
        return keys.getKey().longValue();
    }

    public static Long offer(JdbcTemplate jdbc, Long tenant, Long session, Long partner, OfferStatus status,
            Integer backupRank, Instant expiresAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("insert into session_offer (version, tenant_id, session_id, partner_id, status,"
                    + " backup_rank, offered_at, expires_at) values (0, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            s.setLong(1, tenant);
            s.setLong(2, session);
            s.setLong(3, partner);
            s.setString(4, status.name());
            s.setObject(5, backupRank);
            s.setTimestamp(6, utc(Instant.now().minusSeconds(3600)));
            s.setTimestamp(7, expiresAt == null ? null : utc(expiresAt));
            return s;
        }, keys);
        return keys.getKey().longValue();
    }

    /** A session and the partner's offer on it in one go. */
    public static Long offerOn(JdbcTemplate jdbc, String shortCode, String email, LocalDate heldOn, OfferStatus status,
            boolean confidentiality, boolean conflictCheck) {
        Long tenant = tenant(jdbc, shortCode);
        Long session = session(jdbc, tenant, "Interviews " + heldOn, heldOn, confidentiality, conflictCheck,
                SessionStatus.PLANNED);
        return offer(jdbc, tenant, session, partner(jdbc, email, shortCode), status,
                status == OfferStatus.BACKUP ? 2 : null,
                status == OfferStatus.OFFERED ? Instant.now().plusSeconds(86_400) : null);
    }

    /** An offer of the Northbridge demo partner (the demo data's, or one made here when there is none). */
    public static Long demoPartnersOffer(JdbcTemplate jdbc) {
        Long partner = partner(jdbc, "partner@northbridge.example", "NBU");
        Long offer = jdbc.queryForObject("select min(id) from session_offer where partner_id = ?", Long.class, partner);
        return offer != null ? offer
                : offerOn(jdbc, "NBU", "partner@northbridge.example", today().plusDays(7), OfferStatus.OFFERED, true, true);
    }

    public static LocalDate today() {
        return LocalDate.now(app.involvement.shared.UkFormats.UK_TIME);
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
