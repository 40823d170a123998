package app.involvement.erasure;

import org.springframework.jdbc.core.JdbcTemplate;

/** The demo's open request to leave in Northbridge (DemoErasure), for tests that open its pages. */
public final class ErasureFixture {

    private ErasureFixture() {
    }

    public static Long northbridgeDemoRequest(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select min(r.id) from erasure_request r join provider v on v.id = r.tenant_id"
                + " where v.short_code = 'NBU' and r.origin = 'PARTNER_ASKED' and r.reason is not null", Long.class);
    }

    public static Long northbridgeDemoRequester(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select partner_id from erasure_request where id = ?", Long.class,
                northbridgeDemoRequest(jdbc));
    }
}
