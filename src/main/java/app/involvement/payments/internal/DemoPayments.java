package app.involvement.payments.internal;

import app.involvement.payments.ExpenseCategory;
import app.involvement.payments.ExpenseRule;
import app.involvement.payments.FeeBasis;
import app.involvement.payments.FeeRate;
import app.involvement.payments.PaymentSettings;
import app.involvement.pool.PaymentChoice;
import app.involvement.shared.UkFormats;
import app.involvement.tenancy.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile only: payment settings, a rate card in force (and last year's, ended) for each demo provider, and a
 * claim for each partner who attended a completed demo session, in every state, so every role's home shows real
 * work. Northbridge: {@code partner@} has a paid claim and a draft to finish, {@code carer@} one rejected with a
 * reason and one submitted long ago (overdue); the coordinator has claims to approve, finance claims to authorise, an
 * exported run to mark paid and a paid run. Southmoor: a draft for {@code partner@} and one to approve. Rows go in
 * through the entities with the tenant set, as the claim services would have left them (fees from the card by
 * {@link FeeCalculator}); no mail is sent. Runs after the demo sessions; skipped once a provider has claims.
 */
@Component
@Profile("demo & !mysql")
@Order(24)
class DemoPayments implements ApplicationRunner {

    static final String REJECTION = "The train ticket is for a different day. Please add the ticket for the day of the"
            + " session, or tell us if you travelled another way.";

    private final RateCardRepository cards;
    private final RateCardFeeRepository cardFees;
    private final RateCardExpenseRepository cardExpenses;
    private final PaymentSettingsRepository settings;
    private final PaymentClaimRepository claims;
    private final ClaimExpenseRepository expenses;
    private final PaymentRunRepository runs;
    private final FeeCalculator fees;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoPayments(RateCardRepository cards, RateCardFeeRepository cardFees, RateCardExpenseRepository cardExpenses,
            PaymentSettingsRepository settings, PaymentClaimRepository claims, ClaimExpenseRepository expenses,
            PaymentRunRepository runs, FeeCalculator fees, JdbcTemplate jdbc, TransactionTemplate transactions,
            Clock clock) {
        this.cards = cards;
        this.cardFees = cardFees;
        this.cardExpenses = cardExpenses;
        this.settings = settings;
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
        seed("NBU", this::northbridge);
        seed("SMC", this::southmoor);
    }

    private void seed(String code, Consumer<Demo> story) {
        List<Long> tenant = jdbc.queryForList("select id from provider where short_code = ?", Long.class, code);
        if (tenant.isEmpty()) {
            return;
        }
        TenantContext.runAs(tenant.get(0), () -> transactions.executeWithoutResult(tx -> {
            if (claims.count() > 0 || cards.count() > 0) {
                return;
            }
            var demo = new Demo(tenant.get(0));
            demo.rateCards();
            story.accept(demo);
        }));
    }

    private void northbridge(Demo d) {
        settings.save(new PaymentSettingsEntry(new PaymentSettings(14, 100_000L)));

        var interviews = d.session("Physiotherapy interview day");
        var teaching = d.session("Caring for someone after a cardiac arrest");
        var osce = d.session("OSCE: history taking station");
        var simulation = d.session("Filming a stroke rehabilitation scenario");
        var panel = d.session("Fitness to practise panel");
        if (interviews == null || teaching == null || osce == null || simulation == null || panel == null) {
            return;
        }
        Long sam = d.account("partner@northbridge.example");
        Long maria = d.account("carer@northbridge.example");

        // paid: submitted, approved, authorised, in a run exported and marked paid
        var samPaid = d.authorised(d.claim(interviews, sam, bus(interviews, 460, true)));
        var otherPaid = d.authorised(d.claim(interviews, d.other(interviews, 0), bus(interviews, 380, false)));
        d.run(List.of(samPaid, otherPaid), interviews.heldOn().plusDays(11), "Bacs run NBU-0001");

        // in a run exported to payroll, waiting to be marked paid
        var exported1 = d.authorised(d.claim(interviews, d.other(interviews, 1), bus(interviews, 520, true)));
        var exported2 = d.authorised(d.claim(simulation, d.other(simulation, 0),
                d.line(simulation, ExpenseCategory.PARKING, "Car park at the Allied Health Building", 600, null, true)));
        d.run(List.of(exported1, exported2), d.today.minusDays(2), null);

        // rejected with a reason: the carer amends and resubmits
        d.rejected(d.claim(teaching, maria, d.line(teaching, ExpenseCategory.PUBLIC_TRANSPORT, "Train ticket", 840,
                null, true)), REJECTION);

        // submitted a month ago and still waiting for approval: overdue
        d.submitted(d.claim(simulation, maria,
                d.line(simulation, ExpenseCategory.REPLACEMENT_CARE, "Care for my mother while I was at the session",
                        3600, null, true),
                d.line(simulation, ExpenseCategory.SUBSISTENCE, "Lunch", 650, null, false)));

        // waiting for finance: approved, and authorised but not yet in a run
        d.approved(d.claim(osce, d.other(osce, 1), d.line(osce, ExpenseCategory.TAXI, "Taxi home after the station",
                1400, "Agreed with Colin Okafor by phone the week before", true)));
        d.authorised(d.claim(osce, d.other(osce, 0), d.mileage(osce, "Home to the Clinical Skills Centre and back", 18)));

        // submitted last week: waiting for the coordinator, not yet due
        d.submitted(d.claim(panel, d.other(panel, 0), bus(panel, 320, false)));

        // a draft for the demo service user to finish: payment route chosen, mileage added, not yet submitted
        d.claim(osce, sam, d.mileage(osce, "Home to the Clinical Skills Centre and back", 12));
    }

    private void southmoor(Demo d) {
        settings.save(new PaymentSettingsEntry(new PaymentSettings(21, null)));
        var osce = d.session("OSCE: breaking bad news");
        if (osce == null) {
            return;
        }
        d.claim(osce, d.account("partner@southmoor.example"));
        d.submitted(d.claim(osce, d.other(osce, 0), d.mileage(osce, "Home to Southmoor Campus and back", 9)));
    }

    private static Line bus(Held session, long pence, boolean receipt) {
        return new Line(ExpenseCategory.PUBLIC_TRANSPORT, "Return bus fare", session.heldOn(), null, pence, null,
                receipt);
    }

    /** A completed demo session as a claim holds it, with the partners marked attended. */
    private record Held(HeldSession session, List<Long> attended, Instant completedAt) {

        LocalDate heldOn() {
            return session.heldOn();
        }
    }

    /** An expense line to add; {@code miles} for mileage (priced at the card's rate), else {@code pence}. */
    private record Line(ExpenseCategory category, String description, LocalDate spentOn, Integer miles, long pence,
            String priorApproval, boolean receipt) {
    }

    /** One provider's seeding. */
    private final class Demo {

        private final Long tenant;
        private final LocalDate today = LocalDate.now(clock.withZone(UkFormats.UK_TIME));
        private final Instant now = clock.instant();
        private final String lead;
        private final String coordinator;
        private final String finance;
        private RateCard current;

        Demo(Long tenant) {
            this.tenant = tenant;
            this.lead = staff("LEAD");
            this.coordinator = staff("COORDINATOR");
            this.finance = staff("FINANCE");
        }

        /** The provider's first member of staff in that role, or null. */
        private String staff(String role) {
            return jdbc.queryForList("select u.email from membership m join user_account u on u.id = m.user_id"
                    + " where m.tenant_id = ? and m.role = ? order by u.id", String.class, tenant, role)
                    .stream().findFirst().orElse(null);
        }

        /** The partner's own login, or the lead entering a paper claim for someone without one. */
        private String submitter(PaymentClaim claim) {
            return jdbc.queryForList("select u.email from partner p join user_account u on u.id = p.user_id"
                    + " where p.tenant_id = ? and p.id = ?", String.class, tenant, claim.getPartnerId())
                    .stream().findFirst().orElse(lead);
        }

        /** Last year's card, ended a hundred days ago, and this year's, in force since: fees for every activity type. */
        void rateCards() {
            LocalDate changed = today.minusDays(100);
            var old = cards.save(new RateCard(changed.minusYears(1), changed.minusDays(1), 45, 400, lead));
            current = cards.save(new RateCard(changed, null, 45, 500, lead));
            List<Map<String, Object>> types = jdbc.queryForList(
                    "select id, name from activity_type where tenant_id = ? order by id", tenant);
            for (Map<String, Object> type : types) {
                Long id = ((Number) type.get("id")).longValue();
                FeeRate rate = rateFor(id, (String) type.get("name"));
                cardFees.save(new RateCardFee(current.getId(), rate));
                cardFees.save(new RateCardFee(old.getId(), new FeeRate(id, rate.basis(), rate.amountPence() * 9 / 10,
                        rate.dayPence() == null ? null : rate.dayPence() * 9 / 10, rate.preparationPence())));
            }
            for (RateCard card : List.of(old, current)) {
                for (ExpenseRule rule : List.of(new ExpenseRule(ExpenseCategory.PUBLIC_TRANSPORT, null, false),
                        new ExpenseRule(ExpenseCategory.TAXI, 4000L, true),
                        new ExpenseRule(ExpenseCategory.PARKING, 1500L, false),
                        new ExpenseRule(ExpenseCategory.SUBSISTENCE, 1000L, false),
                        new ExpenseRule(ExpenseCategory.REPLACEMENT_CARE, 6000L, false),
                        new ExpenseRule(ExpenseCategory.OTHER, 2500L, false))) {
                    cardExpenses.save(new RateCardExpense(card.getId(), rule));
                }
            }
        }

        /** Interviews and assessments by the half or whole day, everything else by the hour; preparation where there is some. */
        private FeeRate rateFor(Long typeId, String name) {
            if (name.startsWith("Admissions") || name.startsWith("Assessment")) {
                return new FeeRate(typeId, FeeBasis.HALF_OR_WHOLE_DAY, 7500, 15000L, 1500);
            }
            if (name.startsWith("Teaching") || name.startsWith("Simulation")) {
                return new FeeRate(typeId, FeeBasis.PER_HOUR, 2500, null, 2000);
            }
            return new FeeRate(typeId, FeeBasis.PER_HOUR, 2000, null, 0);
        }

        Held session(String title) {
            List<Map<String, Object>> rows = jdbc.queryForList("select id, held_on, activity_type_id, start_time,"
                    + " end_time, place, online_link, completed_at from involvement_session where tenant_id = ?"
                    + " and title = ? and status = 'COMPLETED'", tenant, title);
            if (rows.isEmpty()) {
                return null;
            }
            var row = rows.get(0);
            Long id = ((Number) row.get("id")).longValue();
            LocalDate heldOn = ((java.sql.Date) row.get("held_on")).toLocalDate();
            LocalTime start = ((java.sql.Time) row.get("start_time")).toLocalTime();
            LocalTime end = ((java.sql.Time) row.get("end_time")).toLocalTime();
            boolean online = row.get("online_link") != null && row.get("place") == null;
            Instant completed = ((java.sql.Timestamp) row.get("completed_at")).toInstant();
            List<Long> attended = jdbc.queryForList("select partner_id from session_offer where tenant_id = ?"
                    + " and session_id = ? and attendance = 'ATTENDED' order by partner_id", Long.class, tenant, id);
            return new Held(new HeldSession(id, title, heldOn, ((Number) row.get("activity_type_id")).longValue(),
                    (int) Duration.between(start, end).toMinutes(), online), attended, completed);
        }

        Long account(String email) {
            return jdbc.queryForObject("select p.id from partner p join user_account u on u.id = p.user_id"
                    + " where p.tenant_id = ? and u.email = ?", Long.class, tenant, email);
        }

        /** The {@code index}th attended partner without a login. */
        Long other(Held session, int index) {
            List<Long> others = jdbc.queryForList("select id from partner where tenant_id = ? and user_id is null"
                    + " order by id", Long.class, tenant).stream().filter(session.attended()::contains).toList();
            return others.get(index);
        }

        Line line(Held session, ExpenseCategory category, String description, long pence, String priorApproval,
                boolean receipt) {
            return new Line(category, description, session.heldOn(), null, pence, priorApproval, receipt);
        }

        Line mileage(Held session, String description, int miles) {
            return new Line(ExpenseCategory.MILEAGE, description, session.heldOn(), miles, 0, null, false);
        }

        /** A draft claim as {@link ClaimOpening} makes it, the evening the session was completed, with its lines. */
        PaymentClaim claim(Held session, Long partner, Line... lines) {
            PaymentChoice route = jdbc.queryForList("select payment_choice from partner where tenant_id = ? and id = ?",
                    String.class, tenant, partner).stream().filter(c -> c != null).map(PaymentChoice::valueOf)
                    .findFirst().orElse(PaymentChoice.FEE);
            var claim = PaymentClaim.open(partner, session.session(), route, session.completedAt());
            claim.price(fees.feeFor(session.session(), route));
            claims.save(claim);
            long total = 0;
            for (Line l : lines) {
                long amount = l.miles() == null ? l.pence() : current.getMileagePencePerMile() * l.miles();
                var expense = new ClaimExpense(claim.getId(), l.category(), l.description(), l.spentOn(), l.miles(),
                        amount, l.priorApproval(), session.completedAt().plus(Duration.ofHours(1)));
                if (l.receipt()) {
                    expense.attach("receipt.pdf", "application/pdf", DemoReceipt.pdf(l.description(), amount));
                }
                expenses.save(expense);
                total += amount;
            }
            claim.expensesTotal(total);
            return claim;
        }

        /** Submitted three days after the session (by the partner, or by staff for someone without a login). */
        PaymentClaim submitted(PaymentClaim claim) {
            claim.submit(at(claim.getHeldOn().plusDays(3), 10), submitter(claim));
            return claim;
        }

        PaymentClaim approved(PaymentClaim claim) {
            submitted(claim);
            claim.approve(at(claim.getHeldOn().plusDays(6), 14), coordinator);
            return claim;
        }

        PaymentClaim authorised(PaymentClaim claim) {
            approved(claim);
            claim.authorise(at(claim.getHeldOn().plusDays(9), 11), finance);
            return claim;
        }

        void rejected(PaymentClaim claim, String reason) {
            claim.submit(at(claim.getHeldOn().plusDays(2), 19), submitter(claim));
            claim.reject(at(claim.getHeldOn().plusDays(6), 15), coordinator, reason);
        }

        /** A run made and exported on {@code on}; marked paid three days later with {@code reference}, if given. */
        void run(List<PaymentClaim> chosen, LocalDate on, String reference) {
            var run = runs.save(new PaymentRun(at(on, 9), finance));
            run.totals(chosen.size(), chosen.stream().mapToLong(PaymentClaim::totalPence).sum());
            run.exported(at(on, 9).plus(Duration.ofMinutes(20)), finance);
            chosen.forEach(c -> c.putInRun(run.getId()));
            if (reference != null) {
                run.paid(on.plusDays(3), reference, finance);
                chosen.forEach(c -> c.paid(on.plusDays(3), reference));
            }
        }

        /** That UK day at that hour, never later than now. */
        private Instant at(LocalDate day, int hour) {
            Instant at = day.atTime(hour, 0).atZone(UkFormats.UK_TIME).toInstant();
            return at.isAfter(now) ? now.minus(Duration.ofMinutes(5)) : at;
        }
    }
}
