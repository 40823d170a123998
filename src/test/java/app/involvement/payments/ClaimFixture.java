package app.involvement.payments;

import app.involvement.pool.PaymentChoice;
import app.involvement.sessions.MySessionsFixture;
import app.involvement.sessions.SessionStatus;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Claims, rate cards and settings written straight into the tables (tenant named explicitly), so tests of the
 * partner's claims can set up any state without the staff services. Each rate card covers one day of its own,
 * before 2016 and after every card made before, so cards made here never overlap each other or demo cards.
 */
public final class ClaimFixture {

    /** A session of 10:00–12:30 (see {@link MySessionsFixture#session}). */
    public static final int SESSION_MINUTES = 150;

    private ClaimFixture() {
    }

    /** A completed session on a day of its own with a rate card for that day: £20 an hour + £5 preparation. */
    public record Held(Long tenant, Long session, LocalDate heldOn, Long rateCard, Long activityType) {
    }

    public static Held heldSession(JdbcTemplate jdbc, String shortCode, String title) {
        Long tenant = MySessionsFixture.tenant(jdbc, shortCode);
        LocalDate day = jdbc.queryForObject("select max(effective_to) from rate_card where effective_to < ?",
                LocalDate.class, Date.valueOf("2016-01-01"));
        day = day == null ? LocalDate.of(2003, 1, 6) : day.plusDays(1);
        Long session = MySessionsFixture.session(jdbc, tenant, title, day, false, false, SessionStatus.COMPLETED);
        Long type = jdbc.queryForObject("select activity_type_id from involvement_session where id = ?", Long.class,
                session);
        Long card = insert(jdbc, "insert into rate_card (version, tenant_id, effective_from, effective_to,"
                + " mileage_pence_per_mile, online_allowance_pence, updated_by) values (0, ?, ?, ?, 45, 0, 'test')",
                tenant, Date.valueOf(day), Date.valueOf(day));
        jdbc.update("insert into rate_card_fee (version, tenant_id, rate_card_id, activity_type_id, basis, amount_pence,"
                + " day_pence, preparation_pence) values (0, ?, ?, ?, 'PER_HOUR', 2000, null, 500)", tenant, card, type);
        jdbc.update("insert into rate_card_expense (version, tenant_id, rate_card_id, category, cap_pence,"
                + " prior_approval) values (0, ?, ?, 'PARKING', 500, false)", tenant, card);
        jdbc.update("insert into rate_card_expense (version, tenant_id, rate_card_id, category, cap_pence,"
                + " prior_approval) values (0, ?, ?, 'TAXI', null, true)", tenant, card);
        return new Held(tenant, session, day, card, type);
    }

    /** A draft claim of the partner on the session, with no route chosen yet and nothing priced. */
    public static Long draft(JdbcTemplate jdbc, Held held, String partnerEmail, String shortCode) {
        Long partner = MySessionsFixture.partner(jdbc, partnerEmail, shortCode);
        return insert(jdbc, "insert into payment_claim (version, tenant_id, partner_id, session_id, session_title,"
                + " held_on, activity_type_id, duration_minutes, online_only, route, rate_card_id, fee_pence,"
                + " voucher_pence, expenses_pence, status, created_at) select 0, s.tenant_id, ?, s.id, s.title,"
                + " s.held_on, s.activity_type_id, ?, false, null, ?, 0, 0, 0, 'DRAFT', ? from involvement_session s"
                + " where s.id = ?", partner, SESSION_MINUTES, held.rateCard(), utc(Instant.now().minusSeconds(3600)),
                held.session());
    }

    /** A draft claim of the Northbridge demo partner (the demo data's, or one made here when there is none). */
    public static Long demoPartnersClaim(JdbcTemplate jdbc) {
        Long partner = MySessionsFixture.partner(jdbc, "partner@northbridge.example", "NBU");
        Long claim = jdbc.queryForObject("select min(id) from payment_claim where partner_id = ? and status = 'DRAFT'",
                Long.class, partner);
        return claim != null ? claim
                : draft(jdbc, heldSession(jdbc, "NBU", "Interview panel"), "partner@northbridge.example", "NBU");
    }

    /** Moves a claim on as staff would have: submitted (and paid on {@code paidOn} when given). */
    public static void submitted(JdbcTemplate jdbc, Long claim, PaymentChoice route, long feePence,
            long voucherPence, Instant submittedAt) {
        jdbc.update("update payment_claim set route = ?, fee_pence = ?, voucher_pence = ?, status = 'SUBMITTED',"
                + " submitted_at = ?, submitted_by = 'someone@example.org', declared_at = ? where id = ?",
                route.name(), feePence, voucherPence, utc(submittedAt), utc(submittedAt), claim);
    }

    public static void paid(JdbcTemplate jdbc, Long claim, LocalDate paidOn) {
        jdbc.update("update payment_claim set status = 'PAID', paid_on = ?, payment_reference = 'REF-1' where id = ?",
                Date.valueOf(paidOn), claim);
    }

    public static void rejected(JdbcTemplate jdbc, Long claim, String reason) {
        jdbc.update("update payment_claim set status = 'REJECTED', rejected_from = status, rejected_at = ?,"
                + " rejected_by = 'coordinator@northbridge.example', rejection_reason = ? where id = ?",
                utc(Instant.now()), reason, claim);
    }

    public static Long tenantOf(JdbcTemplate jdbc, String shortCode) {
        return MySessionsFixture.tenant(jdbc, shortCode);
    }

    /** Sets the provider's tax-year threshold (null for none); returns the one before, for putting it back. */
    public static Long threshold(JdbcTemplate jdbc, Long tenant, Long pence) {
        var before = jdbc.queryForList("select tax_year_threshold_pence from payment_settings where tenant_id = ?",
                Long.class, tenant);
        if (before.isEmpty()) {
            jdbc.update("insert into payment_settings (version, tenant_id, turnaround_days, tax_year_threshold_pence)"
                    + " values (0, ?, 14, ?)", tenant, pence);
            return null;
        }
        jdbc.update("update payment_settings set tax_year_threshold_pence = ? where tenant_id = ?", pence, tenant);
        return before.get(0);
    }

    public static Long insert(JdbcTemplate jdbc, String sql, Object... args) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s;
        }, keys);
        return keys.getKey().longValue();
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
