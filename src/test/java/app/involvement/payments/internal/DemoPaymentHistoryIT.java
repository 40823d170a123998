package app.involvement.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.IntegrationTestBase;
import app.involvement.shared.UkFormats;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;

/**
 * The claims of Northbridge's year of demo sessions (DD044): paid in fortnightly runs with a realistic turnaround,
 * the newest still on their way, a consistent story (totals, four eyes, attendance). The checks read claims for
 * sessions held before the past term of the demo sessions (older than 100 days), which only the history makes, and
 * the year's claims for the stages.
 */
class DemoPaymentHistoryIT extends IntegrationTestBase {

    private static final String OLD = " from payment_claim c where c.tenant_id = ? and c.held_on < ?"
            + " and c.held_on >= ?";

    private final LocalDate today = LocalDate.now(UkFormats.UK_TIME);

    @Autowired
    private DemoPaymentHistory history;

    @Test
    void olderClaims_areAllPaid_inFortnightlyRuns() {
        Long nbu = providerId("NBU");
        assertThat(count("select count(*)" + OLD, nbu, marker(), yearAgo())).as("claims for the older sessions")
                .isGreaterThanOrEqualTo(30);
        assertThat(count("select count(*)" + OLD + " and c.status <> 'PAID'", nbu, marker(), yearAgo()))
                .as("older claims not yet paid").isZero();
        assertThat(count("select count(distinct c.run_id)" + OLD, nbu, marker(), yearAgo())).as("runs they were paid in")
                .isGreaterThanOrEqualTo(8);
        assertThat(count("select count(*)" + OLD + " and (c.paid_on is null or c.payment_reference is null"
                + " or c.paid_on > ?)", nbu, marker(), yearAgo(), Date.valueOf(today))).as("paid without a day or"
                + " reference, or in the future").isZero();
    }

    @Test
    void turnaround_isRealistic_medianAboutThreeWeeks() {
        List<Long> days = jdbc.query("select c.paid_on, c.submitted_at" + OLD, (rs, n) -> java.time.temporal.ChronoUnit
                .DAYS.between(rs.getTimestamp("submitted_at").toInstant().atZone(UkFormats.UK_TIME).toLocalDate(),
                        rs.getDate("paid_on").toLocalDate()), nbuArgs()).stream().sorted().toList();
        assertThat(days).isNotEmpty().allSatisfy(d -> assertThat(d).isBetween(3L, 45L));
        long median = days.get(days.size() / 2);
        long p90 = days.get(days.size() * 9 / 10);
        assertThat(median).as("median days from sent to paid").isBetween(10L, 28L);
        assertThat(p90).as("90th percentile").isGreaterThan(median).isLessThanOrEqualTo(45L);
    }

    @Test
    void theYear_hasClaimsAtEveryStage() {
        Long nbu = providerId("NBU");
        for (String status : List.of("SUBMITTED", "APPROVED", "AUTHORISED", "PAID", "REJECTED")) {
            assertThat(count("select count(*) from payment_claim c where c.tenant_id = ? and c.held_on >= ?"
                    + " and c.status = ?", nbu, yearAgo(), status)).as(status).isPositive();
        }
    }

    @Test
    void theStory_isConsistent() {
        Long nbu = providerId("NBU");
        assertThat(count("select count(*)" + OLD + " and c.expenses_pence <> (select coalesce(sum(e.amount_pence), 0)"
                + " from claim_expense e where e.tenant_id = c.tenant_id and e.claim_id = c.id)", nbuArgs()))
                .as("expense totals").isZero();
        assertThat(count("select count(*)" + OLD + " and (lower(c.approved_by) = lower(c.submitted_by)"
                + " or lower(c.authorised_by) = lower(c.submitted_by) or lower(c.authorised_by) = lower(c.approved_by))",
                nbuArgs())).as("four eyes").isZero();
        assertThat(count("select count(*)" + OLD + " and (c.fee_pence + c.voucher_pence + c.expenses_pence = 0"
                + " or not (c.submitted_at < c.approved_at and c.approved_at < c.authorised_at))", nbuArgs()))
                .as("without an amount, or stages out of order").isZero();
        assertThat(count("select count(*)" + OLD + " and not exists (select 1 from session_offer o where o.tenant_id ="
                + " c.tenant_id and o.session_id = c.session_id and o.partner_id = c.partner_id and o.attendance ="
                + " 'ATTENDED')", nbuArgs())).as("claims without attendance").isZero();
        List<Map<String, Object>> runs = jdbc.queryForList("select r.claim_count, r.total_pence, (select count(*) from"
                + " payment_claim c where c.tenant_id = r.tenant_id and c.run_id = r.id) as n, (select sum(c.fee_pence"
                + " + c.voucher_pence + c.expenses_pence) from payment_claim c where c.tenant_id = r.tenant_id"
                + " and c.run_id = r.id) as total from payment_run r where r.tenant_id = ? and r.payment_reference"
                + " like 'Bacs run NBU-H%'", nbu);
        assertThat(runs).hasSizeGreaterThanOrEqualTo(8).allSatisfy(run -> {
            assertThat(((Number) run.get("n")).intValue()).isEqualTo(((Number) run.get("claim_count")).intValue());
            assertThat(((Number) run.get("total")).longValue()).isEqualTo(((Number) run.get("total_pence")).longValue());
        });
    }

    @Test
    void runningTheHistoryAgain_addsNothing() {
        long before = count("select count(*) from payment_claim");
        long runsBefore = count("select count(*) from payment_run");
        history.run(null);
        assertThat(count("select count(*) from payment_claim")).isEqualTo(before);
        assertThat(count("select count(*) from payment_run")).isEqualTo(runsBefore);
    }

    @Test
    void history_loadsOnlyInTheDemoProfile_afterTheSessionHistory() {
        assertThat(DemoPaymentHistory.class.getAnnotation(Profile.class).value()).containsExactly("demo & !mysql");
        assertThat(DemoPaymentHistory.class.getAnnotation(Order.class).value()).isEqualTo(26);
    }

    private Object[] nbuArgs() {
        return new Object[] {providerId("NBU"), marker(), yearAgo()};
    }

    private Date marker() {
        return Date.valueOf(today.minusDays(DemoPaymentHistory.MARKER_DAYS));
    }

    private Date yearAgo() {
        return Date.valueOf(today.minusYears(1));
    }

    private long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }
}
