package app.involvement.payments;

import app.involvement.sessions.SessionTestData;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/** A claim for tests that need one to exist (the demo data may add its own), written directly. */
public final class PaymentTestData {

    private PaymentTestData() {
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
