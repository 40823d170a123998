package app.involvement.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.shared.UkFormats;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import app.involvement.payments.ClaimFilter;
import app.involvement.payments.ClaimRow;
import app.involvement.payments.ClaimStatus;
import app.involvement.payments.Claims;
import app.involvement.payments.MyClaims;
import app.involvement.payments.PaymentLimits;
import app.involvement.payments.PaymentRuns;
import app.involvement.payments.RunRow;
import app.involvement.payments.RunStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.context.annotation.Profile;

/**
 * The demo claims show real work to every role on first login and tell a consistent story: every state is there
 * (a draft, submitted, approved, authorised, in an exported run, paid, rejected with a reason, one overdue), the
 * demo partners have their own, totals add up, and nobody approved or authorised a claim they submitted. The
 * consistency checks read the demo sessions' claims, not rows other tests write.
 */
class DemoPaymentsIT extends IntegrationTestBase {

    private static final String DEMO_CLAIMS = " from payment_claim c where c.tenant_id = ? and c.session_id in"
            + " (select s.id from involvement_session s where s.tenant_id = c.tenant_id and s.title in ('Physiotherapy"
            + " interview day', 'Caring for someone after a cardiac arrest', 'OSCE: history taking station', 'Filming a"
            + " stroke rehabilitation scenario', 'Fitness to practise panel', 'OSCE: breaking bad news'))";

    private final LocalDate today = LocalDate.now(UkFormats.UK_TIME);

    @Autowired
    private Claims claims;
    @Autowired
    private MyClaims myClaims;
    @Autowired
    private PaymentRuns runs;

    @Test
    void northbridge_hasAClaimInEveryState() {
        Long nbu = providerId("NBU");
        for (String status : List.of("DRAFT", "SUBMITTED", "APPROVED", "AUTHORISED", "PAID", "REJECTED")) {
            assertThat(count("select count(*)" + DEMO_CLAIMS + " and c.status = ?", nbu, status)).as(status).isPositive();
        }
        assertThat(count("select count(*)" + DEMO_CLAIMS + " and c.status = 'AUTHORISED' and c.run_id is null", nbu))
                .as("authorised, ready for the next run").isPositive();
        assertThat(count("select count(*)" + DEMO_CLAIMS + " and c.status = 'AUTHORISED' and exists (select 1 from"
                + " payment_run r where r.tenant_id = c.tenant_id and r.id = c.run_id and r.status = 'EXPORTED')", nbu))
                .as("in a run exported, waiting to be marked paid").isPositive();
        assertThat(count("select count(*)" + DEMO_CLAIMS + " and c.status = 'REJECTED' and c.rejection_reason is not null"
                + " and c.rejected_by is not null", nbu)).as("rejected with a reason").isPositive();
        assertThat(count("select count(*)" + DEMO_CLAIMS + " and c.status in ('SUBMITTED', 'APPROVED', 'AUTHORISED')"
                + " and c.submitted_at < ?", nbu, Timestamp.valueOf(today.minusDays(14).atStartOfDay())))
                .as("overdue against the 14-day turnaround").isPositive();
        assertThat(count("select count(*)" + DEMO_CLAIMS + " and c.status = 'SUBMITTED' and c.submitted_at > ?", nbu,
                Timestamp.valueOf(today.minusDays(13).atStartOfDay()))).as("submitted, not yet due").isPositive();
        assertThat(count("select count(*) from payment_run where tenant_id = ? and status = 'PAID'"
                + " and payment_reference is not null and paid_on <= ?", nbu, Date.valueOf(today))).isPositive();
    }

    @Test
    void demoPartners_haveClaimsOfTheirOwn() {
        assertThat(statuses(DemoLogins.NB_PARTNER)).contains("DRAFT", "PAID");
        assertThat(statuses(DemoLogins.NB_CARER)).contains("REJECTED", "SUBMITTED");
        assertThat(statuses(DemoLogins.SM_PARTNER)).contains("DRAFT");
        assertThat(count("select count(*) from payment_claim c join partner p on p.tenant_id = c.tenant_id"
                + " and p.id = c.partner_id join user_account u on u.id = p.user_id join claim_expense e"
                + " on e.tenant_id = c.tenant_id and e.claim_id = c.id where u.email = ? and e.receipt is not null",
                DemoLogins.NB_CARER)).as("a receipt to download").isPositive();
    }

    @Test
    void everyDemoProvider_hasARateCardInForceToday_withAFeeForEveryActivityType() {
        for (String code : List.of("NBU", "SMC")) {
            Long tenant = providerId(code);
            List<Long> inForce = jdbc.queryForList("select id from rate_card where tenant_id = ? and effective_from <= ?"
                    + " and (effective_to is null or effective_to >= ?)", Long.class, tenant, Date.valueOf(today),
                    Date.valueOf(today));
            assertThat(inForce).as(code + " card in force").hasSize(1);
            // other tests add activity types later: the demo's own sessions' types must have a fee
            assertThat(count("select count(*) from activity_type t where t.tenant_id = ? and t.id in (select"
                    + " c.activity_type_id" + DEMO_CLAIMS + ") and not exists (select 1 from rate_card_fee f where"
                    + " f.tenant_id = t.tenant_id and f.rate_card_id = ? and f.activity_type_id = t.id)", tenant,
                    tenant, inForce.getFirst())).as(code + " activity types of demo claims without a fee").isZero();
            assertThat(count("select count(*) from rate_card_fee where tenant_id = ? and rate_card_id = ?", tenant,
                    inForce.getFirst())).as(code + " fees").isGreaterThanOrEqualTo(5);
            assertThat(count("select count(*) from rate_card where tenant_id = ? and effective_to < ?", tenant,
                    Date.valueOf(today))).as(code + " last year's card").isPositive();
            assertThat(count("select count(*) from rate_card_expense where tenant_id = ? and category = 'TAXI'"
                    + " and prior_approval = true and rate_card_id = ?", tenant, inForce.getFirst())).isEqualTo(1);
        }
    }

    @Test
    void demoStory_isConsistent() {
        for (String code : List.of("NBU", "SMC")) {
            Long tenant = providerId(code);
            assertThat(count("select count(*)" + DEMO_CLAIMS + " and c.expenses_pence <> (select coalesce(sum(e.amount_pence),"
                    + " 0) from claim_expense e where e.tenant_id = c.tenant_id and e.claim_id = c.id)", tenant))
                    .as(code + " expense totals").isZero();
            assertThat(count("select count(*)" + DEMO_CLAIMS + " and c.status <> 'DRAFT' and (c.route is null"
                    + " or c.fee_pence + c.voucher_pence + c.expenses_pence = 0 or c.submitted_at is null)", tenant))
                    .as(code + " submitted claims without a route, an amount or a date").isZero();
            assertThat(count("select count(*)" + DEMO_CLAIMS + " and (lower(c.approved_by) = lower(c.submitted_by)"
                    + " or lower(c.authorised_by) = lower(c.submitted_by) or lower(c.authorised_by) = lower(c.approved_by))",
                    tenant)).as(code + " four eyes").isZero();
            assertThat(count("select count(*)" + DEMO_CLAIMS + " and (c.submitted_at > ? or c.created_at > ?"
                    + " or c.held_on >= ?)", tenant, Timestamp.from(java.time.Instant.now()),
                    Timestamp.from(java.time.Instant.now()), Date.valueOf(today))).as(code + " in the future").isZero();
            assertThat(count("select count(*)" + DEMO_CLAIMS + " and not exists (select 1 from session_offer o"
                    + " where o.tenant_id = c.tenant_id and o.session_id = c.session_id and o.partner_id = c.partner_id"
                    + " and o.attendance = 'ATTENDED')", tenant)).as(code + " claims without attendance").isZero();
        }
        List<Map<String, Object>> runs = jdbc.queryForList("select r.id, r.claim_count, r.total_pence,"
                + " (select count(*) from payment_claim c where c.tenant_id = r.tenant_id and c.run_id = r.id) as n,"
                + " (select sum(c.fee_pence + c.voucher_pence + c.expenses_pence) from payment_claim c"
                + " where c.tenant_id = r.tenant_id and c.run_id = r.id) as total from payment_run r where r.tenant_id = ?"
                + " and r.created_by is not null and r.status in ('EXPORTED', 'PAID')", providerId("NBU"));
        assertThat(runs).hasSizeGreaterThanOrEqualTo(2).allSatisfy(run -> {
            assertThat(((Number) run.get("n")).intValue()).isEqualTo(((Number) run.get("claim_count")).intValue());
            assertThat(((Number) run.get("total")).longValue()).isEqualTo(((Number) run.get("total_pence")).longValue());
        });
        assertThat(count("select count(*) from payment_claim c join payment_run r on r.tenant_id = c.tenant_id"
                + " and r.id = c.run_id where r.status = 'PAID' and (c.status <> 'PAID' or c.paid_on <> r.paid_on)"))
                .as("claims of a paid run not paid with it").isZero();
    }

    @Test
    void paidDemoClaim_hasTheFeeOfTheCardInForceOnTheDay() {
        Map<String, Object> claim = jdbc.queryForMap("select c.fee_pence, c.route, c.rate_card_id, c.held_on, r.effective_from,"
                + " r.effective_to from payment_claim c join partner p on p.tenant_id = c.tenant_id and p.id = c.partner_id"
                + " join user_account u on u.id = p.user_id join rate_card r on r.tenant_id = c.tenant_id"
                + " and r.id = c.rate_card_id where u.email = ? and c.status = 'PAID'"
                + " and c.session_title = 'Physiotherapy interview day'", DemoLogins.NB_PARTNER);
        assertThat(claim.get("route")).isEqualTo("FEE");
        // a four-hour interview day: a half day (£75) and the preparation allowance (£15)
        assertThat(((Number) claim.get("fee_pence")).longValue()).isEqualTo(9000);
        LocalDate heldOn = ((Date) claim.get("held_on")).toLocalDate();
        assertThat(((Date) claim.get("effective_from")).toLocalDate()).isBeforeOrEqualTo(heldOn);
        assertThat(claim.get("effective_to")).isNull();
    }

    @Test
    void everyRolesHome_hasPaymentWorkToShow_readThroughTheServices() {
        assertThat(as(DemoLogins.NB_COORDINATOR, claims::awaitingApproval)).as("coordinator: to approve").isPositive();
        assertThat(as(DemoLogins.NB_COORDINATOR, () -> claims.count(new ClaimFilter(ClaimStatus.SUBMITTED, true, null))))
                .as("coordinator: overdue to approve").isPositive();
        assertThat(as(DemoLogins.SM_COORDINATOR, claims::awaitingApproval)).as("Southmoor: to approve").isPositive();
        assertThat(as(DemoLogins.NB_FINANCE, claims::awaitingAuthorisation)).as("finance: to authorise").isPositive();
        assertThat(as(DemoLogins.NB_FINANCE, claims::overdue)).as("finance: overdue").isPositive();
        assertThat(as(DemoLogins.NB_FINANCE, () -> runs.next().readyCount())).as("finance: next run").isPositive();
        // other tests' runs come first (newest first): read a whole page
        assertThat(as(DemoLogins.NB_FINANCE, () -> runs.list(PageRequest.of(0, PaymentLimits.PAGE_SIZE_MAX))).stream()
                .map(RunRow::status))
                .as("finance: runs").contains(RunStatus.EXPORTED, RunStatus.PAID);
        assertThat(as(DemoLogins.NB_PARTNER, myClaims::list).stream().map(ClaimRow::status))
                .as("service user: a draft to finish and a paid claim").contains(ClaimStatus.DRAFT, ClaimStatus.PAID);
        assertThat(as(DemoLogins.NB_CARER, myClaims::list)).as("carer: sent back with the reason")
                .anySatisfy(c -> assertThat(c.status()).isEqualTo(ClaimStatus.REJECTED));
        assertThat(as(DemoLogins.SM_PARTNER, myClaims::list).stream().map(ClaimRow::status)).contains(ClaimStatus.DRAFT);
    }

    @Test
    void demoPayments_loadOnlyInTheDemoProfile_afterTheDemoSessions() {
        assertThat(DemoPayments.class.getAnnotation(Profile.class).value()).containsExactly("demo & !mysql");
        assertThat(DemoPayments.class.getAnnotation(org.springframework.core.annotation.Order.class).value())
                .as("after DemoSessions, @Order(23)").isGreaterThan(23);
    }

    private List<String> statuses(String email) {
        return jdbc.queryForList("select c.status from payment_claim c join partner p on p.tenant_id = c.tenant_id"
                + " and p.id = c.partner_id join user_account u on u.id = p.user_id where u.email = ?", String.class, email);
    }

    private long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }
}
