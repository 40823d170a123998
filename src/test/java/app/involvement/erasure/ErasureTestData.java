package app.involvement.erasure;

import app.involvement.pool.ContactPreference;
import app.involvement.pool.PartnerKind;
import app.involvement.pool.PartnerProfile;
import app.involvement.pool.Pool;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/** Partners made for erasure tests (each with its own name, e-mail, phone and postcode) and their requests. */
public final class ErasureTestData {

    public static final String MARK = "Erasetest";

    private ErasureTestData() {
    }

    /** A new partner with every identifying value filled; call as a lead or coordinator. */
    public static Long partner(Pool pool, String name) {
        long n = System.nanoTime() % 1_000_000;
        return pool.add(new PartnerProfile(MARK + " " + name + " " + n, "Full " + MARK + " " + n, "", "erase" + n
                + "@example.org", "0113 496 " + String.format("%04d", n % 10_000), "LS1 4AB", PartnerKind.SERVICE_USER,
                ContactPreference.EMAIL, null, Set.of(), "", Set.of()), null);
    }

    /** An open request from this partner, as if they had asked on their page. */
    public static Long openRequest(JdbcTemplate jdbc, Long partnerId, String reason) {
        Long tenant = jdbc.queryForObject("select tenant_id from partner where id = ?", Long.class, partnerId);
        jdbc.update("insert into erasure_request (version, tenant_id, partner_id, origin, status, reason, requested_at)"
                + " values (0, ?, ?, 'PARTNER_ASKED', 'OPEN', ?, ?)", tenant, partnerId, reason,
                Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select max(id) from erasure_request where partner_id = ?", Long.class, partnerId);
    }

    public static String preferredName(JdbcTemplate jdbc, Long partnerId) {
        return jdbc.queryForObject("select preferred_name from partner where id = ?", String.class, partnerId);
    }

    public static String status(JdbcTemplate jdbc, Long requestId) {
        return jdbc.queryForObject("select status from erasure_request where id = ?", String.class, requestId);
    }

    /** Removes the requests of a demo account's partner record made by a test (the demo request is kept). */
    public static void forgetRequestsOf(JdbcTemplate jdbc, String email) {
        jdbc.update("delete from erasure_request where partner_id in (select p.id from partner p join user_account u"
                + " on u.id = p.user_id where u.email = ?)", email);
    }
}
