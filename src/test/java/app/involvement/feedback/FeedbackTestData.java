package app.involvement.feedback;

import app.involvement.sessions.MySessionsFixture;
import app.involvement.sessions.OfferStatus;
import app.involvement.sessions.SessionStatus;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sessions, attendance, feedback and actions written straight into the tables (tenant named explicitly), so tests
 * set up any state with their own rows, whatever the shared demo data holds.
 */
public final class FeedbackTestData {

    private FeedbackTestData() {
    }

    /** A session of the provider on the day, in the status, with kind INVOLVEMENT. */
    public static Long session(JdbcTemplate jdbc, String shortCode, String title, LocalDate heldOn,
            SessionStatus status) {
        return MySessionsFixture.session(jdbc, MySessionsFixture.tenant(jdbc, shortCode), title, heldOn, false, false,
                status);
    }

    public static void kind(JdbcTemplate jdbc, Long session, String kind) {
        jdbc.update("update involvement_session set kind = ? where id = ?", kind, session);
    }

    /** The partner (by e-mail) held a place on the session and was marked attended. */
    public static void attended(JdbcTemplate jdbc, String shortCode, Long session, String email) {
        attendance(jdbc, shortCode, session, MySessionsFixture.partner(jdbc, email, shortCode), "ATTENDED");
    }

    public static void attendance(JdbcTemplate jdbc, String shortCode, Long session, Long partner, String attendance) {
        Long offer = MySessionsFixture.offer(jdbc, MySessionsFixture.tenant(jdbc, shortCode), session, partner,
                OfferStatus.CONFIRMED, null, null);
        jdbc.update("update session_offer set attendance = ? where id = ?", attendance, offer);
    }

    /** A completed session held {@code daysAgo} days ago that the partner attended. */
    public static Long attendedSession(JdbcTemplate jdbc, String shortCode, String email, int daysAgo) {
        Long session = session(jdbc, shortCode, "Feedback test session " + System.nanoTime(),
                MySessionsFixture.today().minusDays(daysAgo), SessionStatus.COMPLETED);
        attended(jdbc, shortCode, session, email);
        return session;
    }

    /** A completed Northbridge session the demo service user attended three days ago: their feedback page opens. */
    public static Long demoPartnersSession(JdbcTemplate jdbc) {
        return attendedSession(jdbc, "NBU", "partner@northbridge.example", 3);
    }

    /** A completed Northbridge session (the demo data's first, or one made here). */
    public static Long northbridgeCompletedSession(JdbcTemplate jdbc) {
        Long id = jdbc.queryForObject("select min(s.id) from involvement_session s join provider v on v.id = s.tenant_id"
                + " where v.short_code = 'NBU' and s.status = 'COMPLETED'", Long.class);
        return id != null ? id : session(jdbc, "NBU", "Completed for feedback", MySessionsFixture.today().minusDays(5),
                SessionStatus.COMPLETED);
    }

    /** A Northbridge action (the demo data's first, or one made here). */
    public static Long northbridgeAction(JdbcTemplate jdbc) {
        Long id = jdbc.queryForObject("select min(a.id) from feedback_action a join provider v on v.id = a.tenant_id"
                + " where v.short_code = 'NBU'", Long.class);
        return id != null ? id : action(jdbc, "NBU", northbridgeCompletedSession(jdbc), "OPEN",
                MySessionsFixture.today().plusDays(10), null);
    }

    /** An action on the session owned by the provider's first coordinator. */
    public static Long action(JdbcTemplate jdbc, String shortCode, Long session, String status, LocalDate due,
            LocalDate doneOn) {
        Long tenant = MySessionsFixture.tenant(jdbc, shortCode);
        Long owner = jdbc.queryForObject("select min(m.user_id) from membership m where m.tenant_id = ?"
                + " and m.role = 'COORDINATOR'", Long.class, tenant);
        return app.involvement.payments.ClaimFixture.insert(jdbc, "insert into feedback_action (version, tenant_id,"
                + " session_id, heard, what, owner_user_id, owner_name, due_on, status, changed, done_on, raised_by,"
                + " raised_at) values (0, ?, ?, 'Test heard " + System.nanoTime() + "', 'Test what', ?, 'Test owner',"
                + " ?, ?, ?, ?, 'test@example.org', ?)", tenant, session, owner, Date.valueOf(due), status,
                doneOn == null ? null : "Test changed " + System.nanoTime(), doneOn == null ? null : Date.valueOf(doneOn),
                utc(Instant.now()));
    }

    public static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
