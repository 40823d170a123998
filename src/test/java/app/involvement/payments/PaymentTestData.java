package app.involvement.payments;

import app.involvement.sessions.SessionTestData;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/** A claim for tests that need one to exist (the demo data may add its own), written directly. */
public final class PaymentTestData {

    private PaymentTestData() {
    }

    /**
     * A Northbridge claim of a new partner at this status, written directly: a 90-minute session at £20 an hour
     * paid as a fee, one bus fare without a receipt; a submitted one was sent by the lead {@code daysAgo} days ago.
     */
    public static Long northbridgeClaim(JdbcTemplate jdbc, String partnerName, String status, int daysAgo) {
        Long tenant = jdbc.queryForObject("select id from provider where short_code = 'NBU'", Long.class);
        var nb = new PaymentFixtures(jdbc, tenant);
        var day = PaymentFixtures.pastDay();
        Long type = nb.activityType();
        nb.fee(day, type, FeeBasis.PER_HOUR, 2000, null, 0);
        Long session = nb.session(day, type, 90);
        Long partner = nb.partner(partnerName, "FEE");
        Timestamp sent = "DRAFT".equals(status) ? null : Timestamp.from(Instant.now().minusSeconds(86_400L * daysAgo));
        jdbc.update("insert into payment_claim (version, tenant_id, partner_id, session_id, session_title, held_on,"
                + " activity_type_id, duration_minutes, online_only, route, rate_card_id, fee_pence, voucher_pence,"
                + " expenses_pence, status, created_at, declared_at, submitted_at, submitted_by) select 0, s.tenant_id,"
                + " ?, s.id, s.title, s.held_on, s.activity_type_id, 90, false, 'FEE', ?, 3000, 0, 480, ?, ?, ?, ?, ?"
                + " from involvement_session s where s.id = ?", partner, nb.cardOn(day), status,
                Timestamp.from(Instant.now().minusSeconds(86_400L * (daysAgo + 1))), sent, sent,
                sent == null ? null : "lead@northbridge.example", session);
        Long claim = nb.claimOf(session, partner);
        jdbc.update("insert into claim_expense (version, tenant_id, claim_id, category, description, spent_on,"
                + " amount_pence, created_at) values (0, ?, ?, 'PUBLIC_TRANSPORT', 'Bus there and back', ?, 480, ?)",
                tenant, claim, java.sql.Date.valueOf(day), Timestamp.from(Instant.now()));
        return claim;
    }

    /** A Northbridge claim: the first one, or a new draft for the first partner on a Northbridge session. */
    public static Long northbridgeClaim(JdbcTemplate jdbc) {
        Long id = jdbc.queryForObject("select min(c.id) from payment_claim c join provider v on v.id = c.tenant_id"
                + " where v.short_code = 'NBU'", Long.class);
        if (id != null) {
            return id;
        }
        Long session = SessionTestData.northbridgeSession(jdbc);
        Long partner = jdbc.queryForObject("select min(p.id) from partner p join provider v on v.id = p.tenant_id"
                + " where v.short_code = 'NBU'", Long.class);
        jdbc.update("insert into payment_claim (version, tenant_id, partner_id, session_id, session_title, held_on,"
                + " activity_type_id, duration_minutes, online_only, route, fee_pence, voucher_pence, expenses_pence,"
                + " status, created_at) select 0, s.tenant_id, ?, s.id, s.title, s.held_on, s.activity_type_id, 120,"
                + " false, 'FEE', 4000, 0, 0, 'DRAFT', ? from involvement_session s where s.id = ?", partner,
                Timestamp.from(Instant.now()), session);
        return jdbc.queryForObject("select id from payment_claim where session_id = ? and partner_id = ?", Long.class,
                session, partner);
    }
}
