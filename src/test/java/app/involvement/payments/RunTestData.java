package app.involvement.payments;

import org.springframework.jdbc.core.JdbcTemplate;

/** A Northbridge payment run for tests that need a run id (route matrix, view budgets, browser scans). */
public final class RunTestData {

    private RunTestData() {
    }

    /** The first Northbridge run, made (open, with one authorised claim) when there is none. */
    public static Long northbridgeRun(JdbcTemplate jdbc) {
        Long tenant = jdbc.queryForObject("select id from provider where short_code = 'NBU'", Long.class);
        Long run = jdbc.queryForObject("select min(id) from payment_run where tenant_id = ?", Long.class, tenant);
        return run != null ? run : openRun(jdbc, tenant);
    }

    /** A new open Northbridge run with one authorised claim, written to the tables. */
    public static Long openRun(JdbcTemplate jdbc, Long tenant) {
        var fixtures = new RunFixtures(jdbc, tenant);
        Long claim = fixtures.authorised("Run Sample " + RunFixtures.unique(), 5000, 0, 1250);
        String by = "run-sample" + RunFixtures.unique() + "@northbridge.example";
        jdbc.update("insert into payment_run (version, tenant_id, status, created_at, created_by, claim_count,"
                + " total_pence) values (0, ?, 'OPEN', current_timestamp, ?, 1, 6250)", tenant, by);
        Long run = jdbc.queryForObject("select id from payment_run where created_by = ?", Long.class, by);
        jdbc.update("update payment_claim set run_id = ? where id = ?", run, claim);
        return run;
    }

    /** An authorised Northbridge claim in no run: ready to pay. */
    public static Long readyClaim(JdbcTemplate jdbc, Long tenant) {
        return new RunFixtures(jdbc, tenant).authorised("Ready Sample " + RunFixtures.unique(), 5000, 0, 1250);
    }

    /** A new Northbridge run with one claim, exported (fixed) today. */
    public static Long exportedRun(JdbcTemplate jdbc, Long tenant) {
        Long run = openRun(jdbc, tenant);
        jdbc.update("update payment_run set status = 'EXPORTED', exported_at = current_timestamp,"
                + " exported_by = created_by where id = ?", run);
        return run;
    }
}
