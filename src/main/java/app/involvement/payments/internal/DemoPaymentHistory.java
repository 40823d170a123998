package app.involvement.payments.internal;

import app.involvement.payments.ExpenseCategory;
import app.involvement.pool.PaymentChoice;
import app.involvement.shared.UkFormats;
import app.involvement.tenancy.TenantContext;
import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile only: the claims for Northbridge's year of sessions ({@code DemoSessionHistory}, DD044), at the stage
 * each would have reached by today. Every partner who attended and chose to be paid (or to claim expenses) has a
 * claim with a bus fare or mileage; staff entered them (these partners have no login), sent a few days to three weeks
 * after the session, approved by the coordinator within a week, authorised by finance within four days, and paid in
 * the fortnightly run after that: a realistic spread of turnaround for the insights (median about three weeks, the
 * slowest near six). The newest are still submitted, approved or authorised and waiting for the next run; two recent
 * ones were sent back with a reason. Southmoor has no finance officer, so its history has no claims (its demo
 * claims are {@link DemoPayments}'). Runs after the session history; skipped once a claim exists for a session older
 * than {@value #MARKER_DAYS} days (those of {@link DemoPayments} are younger).
 */
@Component
@Profile("demo & !mysql")
@Order(26)
class DemoPaymentHistory implements ApplicationRunner {

    static final int MARKER_DAYS = 100;
    static final String REJECTION = "The mileage is more than the distance from your home to the campus. Please check"
            + " it, or tell us about the route you took.";
    /** Days from the session until the claim was sent, approved and authorised, taken in turn. */
    private static final int[] SENT = {2, 3, 1, 5, 8, 4, 13, 2, 6, 21, 3, 9};
    private static final int[] APPROVED = {2, 1, 4, 3, 6, 2, 5};
    private static final int[] AUTHORISED = {1, 3, 2, 4, 1};

    private final PaymentClaimRepository claims;
    private final ClaimExpenseRepository expenses;
    private final PaymentRunRepository runs;
    private final FeeCalculator fees;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoPaymentHistory(PaymentClaimRepository claims, ClaimExpenseRepository expenses, PaymentRunRepository runs,
            FeeCalculator fees, JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.claims = claims;
        this.expenses = expenses;
        this.runs = runs;
        this.fees = fees;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Long> tenant = jdbc.queryForList("select id from provider where short_code = 'NBU'", Long.class);
        if (tenant.isEmpty()) {
            return;
        }
        TenantContext.runAs(tenant.get(0), () -> transactions.executeWithoutResult(tx -> new History(tenant.get(0))
                .seed()));
    }

    private record Held(HeldSession session, Instant completedAt, List<Long> attended) {
    }

    private final class History {

        private final Long tenant;
        private final LocalDate today = LocalDate.now(clock.withZone(UkFormats.UK_TIME));
        private final Instant now = clock.instant();
        private final String lead;
        private final String coordinator;
        private final String finance;
        /** The fortnightly runs already marked paid, by the day each was made. */
        private final List<LocalDate> runDays = new ArrayList<>();
        private final Map<LocalDate, List<PaymentClaim>> inRun = new TreeMap<>();
        private int rejected;

        History(Long tenant) {
            this.tenant = tenant;
            this.lead = staff("LEAD");
            this.coordinator = staff("COORDINATOR");
            this.finance = staff("FINANCE");
            // every other Tuesday, the newest a week ago (paid three days after it is made)
            LocalDate day = today.minusDays(7);
            while (day.getDayOfWeek() != DayOfWeek.TUESDAY) {
                day = day.minusDays(1);
            }
            for (; day.isAfter(today.minusDays(400)); day = day.minusDays(14)) {
                runDays.addFirst(day);
            }
        }

        private String staff(String role) {
            return jdbc.queryForList("select u.email from membership m join user_account u on u.id = m.user_id"
                    + " where m.tenant_id = ? and m.role = ? order by u.id", String.class, tenant, role)
                    .stream().findFirst().orElse(null);
        }

        void seed() {
            if (lead == null || coordinator == null || finance == null || seeded()) {
                return;
            }
            int turn = 0;
            for (Held held : sessions()) {
                for (Long partner : held.attended()) {
                    PaymentChoice route = jdbc.queryForList("select payment_choice from partner where tenant_id = ?"
                            + " and id = ?", String.class, tenant, partner).stream().filter(c -> c != null)
                            .map(PaymentChoice::valueOf).findFirst().orElse(PaymentChoice.FEE);
                    if (route == PaymentChoice.NO_PAYMENT) {
                        continue;
                    }
                    claim(held, partner, route, turn++);
                }
            }
            inRun.forEach(this::paidRun);
        }

        private boolean seeded() {
            Long older = jdbc.queryForObject("select count(*) from payment_claim where tenant_id = ? and held_on < ?",
                    Long.class, tenant, Date.valueOf(today.minusDays(MARKER_DAYS)));
            return older != null && older > 0;
        }

        /** The year's completed sessions that count as involvement, have attendance and no claim yet, oldest first. */
        private List<Held> sessions() {
            List<Map<String, Object>> rows = jdbc.queryForList("select s.id, s.title, s.held_on, s.activity_type_id,"
                    + " s.start_time, s.end_time, s.place, s.online_link, s.completed_at from involvement_session s"
                    + " where s.tenant_id = ? and s.status = 'COMPLETED' and s.kind <> 'SIMULATION_REUSE'"
                    + " and s.coordinator_email is not null and s.held_on >= ? and s.held_on < ? and not exists (select 1"
                    + " from payment_claim c where c.tenant_id = s.tenant_id and c.session_id = s.id)"
                    + " order by s.held_on, s.id", tenant, Date.valueOf(today.minusDays(370)), Date.valueOf(today));
            List<Held> held = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                Long id = ((Number) row.get("id")).longValue();
                LocalTime start = ((java.sql.Time) row.get("start_time")).toLocalTime();
                LocalTime end = ((java.sql.Time) row.get("end_time")).toLocalTime();
                boolean online = row.get("online_link") != null && row.get("place") == null;
                List<Long> attended = jdbc.queryForList("select o.partner_id from session_offer o join partner p"
                        + " on p.tenant_id = o.tenant_id and p.id = o.partner_id where o.tenant_id = ? and o.session_id = ?"
                        + " and o.attendance = 'ATTENDED' and p.user_id is null order by o.partner_id", Long.class,
                        tenant, id);
                if (attended.isEmpty()) {
                    continue;
                }
                held.add(new Held(new HeldSession(id, (String) row.get("title"),
                        ((java.sql.Date) row.get("held_on")).toLocalDate(),
                        ((Number) row.get("activity_type_id")).longValue(), (int) Duration.between(start, end).toMinutes(),
                        online), ((java.sql.Timestamp) row.get("completed_at")).toInstant(), attended));
            }
            return held;
        }

        /** A claim priced by the card in force on the day, moved on as far as its dates allow by today. */
        private void claim(Held held, Long partner, PaymentChoice route, int turn) {
            var claim = PaymentClaim.open(partner, held.session(), route, held.completedAt());
            var fee = fees.feeFor(held.session(), route);
            claim.price(fee);
            claims.save(claim);
            LocalDate heldOn = held.session().heldOn();
            long amount;
            ClaimExpense expense;
            if (turn % 3 == 2) {
                Long perMile = jdbc.queryForObject("select mileage_pence_per_mile from rate_card where tenant_id = ?"
                        + " and id = ?", Long.class, tenant, fee.rateCardId());
                int miles = 6 + turn % 19;
                amount = (perMile == null ? 45 : perMile) * miles;
                expense = new ClaimExpense(claim.getId(), ExpenseCategory.MILEAGE, "Home to the campus and back",
                        heldOn, miles, amount, null, held.completedAt().plus(Duration.ofHours(1)));
            } else {
                amount = 280 + (turn % 7) * 60L;
                expense = new ClaimExpense(claim.getId(), ExpenseCategory.PUBLIC_TRANSPORT, "Return bus fare", heldOn,
                        null, amount, null, held.completedAt().plus(Duration.ofHours(1)));
            }
            expenses.save(expense);
            claim.expensesTotal(amount);

            LocalDate sent = heldOn.plusDays(SENT[turn % SENT.length]);
            LocalDate approved = sent.plusDays(APPROVED[turn % APPROVED.length]);
            LocalDate authorised = approved.plusDays(AUTHORISED[turn % AUTHORISED.length]);
            if (!sent.isBefore(today)) {
                return; // still a draft
            }
            claim.submit(at(sent, 10), lead);
            if (rejected < 2 && turn % 3 == 2 && heldOn.isAfter(today.minusDays(60)) && approved.isBefore(today)) {
                rejected++;
                claim.reject(at(approved, 15), coordinator, REJECTION);
                return;
            }
            if (!approved.isBefore(today)) {
                return;
            }
            claim.approve(at(approved, 14), coordinator);
            if (!authorised.isBefore(today)) {
                return;
            }
            claim.authorise(at(authorised, 11), finance);
            runDays.stream().filter(day -> day.isAfter(authorised)).findFirst()
                    .ifPresent(day -> inRun.computeIfAbsent(day, d -> new ArrayList<>()).add(claim));
        }

        /** A run made and exported on {@code on}, marked paid three days later. */
        private void paidRun(LocalDate on, List<PaymentClaim> chosen) {
            var run = runs.save(new PaymentRun(at(on, 9), finance));
            run.totals(chosen.size(), chosen.stream().mapToLong(PaymentClaim::totalPence).sum());
            run.exported(at(on, 9).plus(Duration.ofMinutes(20)), finance);
            String reference = "Bacs run NBU-H" + on.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            run.paid(on.plusDays(3), reference, finance);
            for (PaymentClaim claim : chosen) {
                claim.putInRun(run.getId());
                claim.paid(on.plusDays(3), reference);
            }
        }

        /** That UK day at that hour, never later than now. */
        private Instant at(LocalDate day, int hour) {
            Instant at = day.atTime(hour, 0).atZone(UkFormats.UK_TIME).toInstant();
            return at.isAfter(now) ? now.minus(Duration.ofMinutes(5)) : at;
        }
    }
}
