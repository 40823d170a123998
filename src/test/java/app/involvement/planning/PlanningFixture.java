package app.involvement.planning;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Northbridge planning records for route tests: the demo's, or one written directly when the demo has none. */
public final class PlanningFixture {

    private PlanningFixture() {
    }

    public static Long northbridgePolicy(JdbcTemplate jdbc) {
        Long tenant = tenant(jdbc, "NBU");
        Long id = jdbc.queryForObject("select min(id) from planning_policy where tenant_id = ?", Long.class, tenant);
        if (id != null) {
            return id;
        }
        jdbc.update("insert into planning_policy (version, tenant_id, title, kind, created_at) values (0, ?, ?, 'POLICY', ?)",
                tenant, "Fixture involvement policy", Timestamp.from(Instant.now()));
        id = jdbc.queryForObject("select max(id) from planning_policy where tenant_id = ?", Long.class, tenant);
        jdbc.update("insert into policy_version (version, tenant_id, policy_id, version_number, owner, approved_on,"
                + " next_review_on, body, created_at) values (0, ?, ?, 1, 'Asha Patel', ?, ?, 'Fixture text', ?)",
                tenant, id, Date.valueOf(LocalDate.of(2024, 1, 1)), Date.valueOf(LocalDate.of(2030, 1, 1)),
                Timestamp.from(Instant.now()));
        return id;
    }

    public static Long northbridgeCycle(JdbcTemplate jdbc) {
        Long tenant = tenant(jdbc, "NBU");
        Long id = jdbc.queryForObject("select max(id) from review_cycle where tenant_id = ?", Long.class, tenant);
        if (id != null) {
            return id;
        }
        jdbc.update("insert into review_cycle (version, tenant_id, kind, starts_on) values (0, ?, 'PERFORMANCE_REVIEW', ?)",
                tenant, Date.valueOf(LocalDate.of(2024, 1, 1)));
        return jdbc.queryForObject("select max(id) from review_cycle where tenant_id = ?", Long.class, tenant);
    }

    public static Long tenant(JdbcTemplate jdbc, String code) {
        return jdbc.queryForObject("select id from provider where short_code = ?", Long.class, code);
    }
}
