package app.involvement.payments;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Claims at a chosen step, written straight to the tables (naming the tenant) so the payment-run tests control what
 * is ready to pay; runs themselves go through {@link PaymentRuns}.
 */
final class RunFixtures {

    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000);

    private final JdbcTemplate jdbc;
    private final Long tenant;
    private final Long activityType;
    private final Long session;

    RunFixtures(JdbcTemplate jdbc, Long tenant) {
        this.jdbc = jdbc;
        this.tenant = tenant;
        String name = "Runs test " + UNIQUE.incrementAndGet();
        jdbc.update("insert into activity_type (version, tenant_id, name, area) values (0, ?, ?, 'LEARNER_FACING')",
                tenant, name);
        activityType = jdbc.queryForObject("select id from activity_type where tenant_id = ? and name = ?", Long.class,
                tenant, name);
        Long programme = jdbc.queryForObject("select min(id) from programme where tenant_id = ?", Long.class, tenant);
        jdbc.update("insert into involvement_session (version, tenant_id, programme_id, activity_type_id, title,"
                + " description, held_on, start_time, end_time, places_minimum, places_target, level, kind,"
                + " experience_required, confidentiality_needed, conflict_check_needed, offer_mode, offer_valid_hours,"
                + " reminder_days, status, ics_sequence) values (0, ?, ?, ?, ?, 'Paid in a run', ?, '10:00', '12:00',"
                + " 1, 2, 'INVOLVED', 'INVOLVEMENT', false, false, false, 'FIRST_COME', 48, 2, 'COMPLETED', 0)",
                tenant, programme, activityType, name, Date.valueOf(LocalDate.now().minusDays(20)));
        session = jdbc.queryForObject("select id from involvement_session where tenant_id = ? and title = ?",
                Long.class, tenant, name);
    }

    static long unique() {
        return UNIQUE.incrementAndGet();
    }

    Long partner(String preferredName, String fullName) {
        String email = "runs" + unique() + "@partners.example";
        jdbc.update("insert into partner (version, tenant_id, preferred_name, full_name, email, kind, status,"
                + " status_since, contact_preference, payment_choice, created_at) values (0, ?, ?, ?, ?, 'SERVICE_USER',"
                + " 'ACTIVE', ?, 'EMAIL', 'FEE', ?)", tenant, preferredName, fullName, email,
                Date.valueOf(LocalDate.now().minusYears(1)), Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select id from partner where tenant_id = ? and email = ?", Long.class, tenant, email);
    }

    /** An authorised claim of a new partner: fee, voucher and expenses in pence. */
    Long authorised(String name, long fee, long voucher, long expenses) {
        return claim(partner(name, name), "AUTHORISED", fee, voucher, expenses, Instant.now());
    }

    Long claim(Long partner, String status, long fee, long voucher, long expenses, Instant authorisedAt) {
        Timestamp submitted = Timestamp.from(Instant.now().minusSeconds(86_400 * 5));
        jdbc.update("insert into payment_claim (version, tenant_id, partner_id, session_id, session_title, held_on,"
                + " activity_type_id, duration_minutes, online_only, route, fee_pence, voucher_pence, expenses_pence,"
                + " status, created_at, declared_at, submitted_at, submitted_by, approved_at, approved_by, authorised_at,"
                + " authorised_by) select 0, tenant_id, ?, id, title, held_on, activity_type_id, 120, false, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, 'partner@example.org', ?, 'coordinator@example.org', ?, 'other-finance@example.org'"
                + " from involvement_session where id = ?", partner, voucher > 0 ? "VOUCHER" : fee > 0 ? "FEE"
                : "EXPENSES_ONLY", fee, voucher, expenses, status, submitted, submitted, submitted,
                "SUBMITTED".equals(status) ? null : submitted,
                "AUTHORISED".equals(status) ? Timestamp.from(authorisedAt) : null, session);
        return jdbc.queryForObject("select id from payment_claim where tenant_id = ? and session_id = ?"
                + " and partner_id = ?", Long.class, tenant, session, partner);
    }

    Long runOf(Long claim) {
        return jdbc.queryForObject("select run_id from payment_claim where id = ?", Long.class, claim);
    }

    String statusOf(Long claim) {
        return jdbc.queryForObject("select status from payment_claim where id = ?", String.class, claim);
    }
}
