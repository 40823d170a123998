package app.involvement.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.StatementCounter;
import app.involvement.payments.ClaimFixture.Held;
import app.involvement.pool.PaymentChoice;
import app.involvement.shared.BusinessRuleException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The partner's own claims (DD034): only their own, bad input refused with a clear message and nothing changed,
 * the fee worked out from the rate card by payment route, submission with the declaration once, no change after it,
 * amend and resubmit after a claim was sent back.
 */
class MyClaimsIT extends IntegrationTestBase {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0,
        0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};

    @Autowired
    private MyClaims myClaims;

    @Test
    void aPartnerSeesOnlyTheirOwnClaims_newestSessionFirst() {
        Held older = ClaimFixture.heldSession(jdbc, "NBU", "Older interviews");
        Held newer = ClaimFixture.heldSession(jdbc, "NBU", "Newer interviews");
        Long mineOld = ClaimFixture.draft(jdbc, older, DemoLogins.NB_PARTNER, "NBU");
        Long mineNew = ClaimFixture.draft(jdbc, newer, DemoLogins.NB_PARTNER, "NBU");
        Long carers = ClaimFixture.draft(jdbc, newer, DemoLogins.NB_CARER, "NBU");
        Long southmoor = ClaimFixture.draft(jdbc, ClaimFixture.heldSession(jdbc, "SMC", "Southmoor panel"),
                DemoLogins.SM_PARTNER, "SMC");
        as(DemoLogins.NB_PARTNER, () -> {
            var ids = myClaims.list().stream().map(ClaimRow::id).toList();
            assertThat(ids).contains(mineOld, mineNew).doesNotContain(carers, southmoor);
            assertThat(ids.indexOf(mineNew)).isLessThan(ids.indexOf(mineOld));
            ClaimDetails claim = myClaims.get(mineNew);
            assertThat(claim.sessionTitle()).isEqualTo("Newer interviews");
            assertThat(claim.status()).isEqualTo(ClaimStatus.DRAFT);
            assertThat(claim.route()).isNull();
        });
    }

    @Test
    void anotherPartnersOrProvidersClaim_isRefusedAndLogged_andNothingChanges() {
        Held held = ClaimFixture.heldSession(jdbc, "NBU", "Carer's session");
        Long carers = ClaimFixture.draft(jdbc, held, DemoLogins.NB_CARER, "NBU");
        Long carersLine = as(DemoLogins.NB_CARER, () -> myClaims.addExpense(carers, bus(held, 350)));
        Long southmoor = ClaimFixture.draft(jdbc, ClaimFixture.heldSession(jdbc, "SMC", "Southmoor panel"),
                DemoLogins.SM_PARTNER, "SMC");
        as(DemoLogins.NB_PARTNER, () -> {
            for (Long id : new Long[] {carers, southmoor, null, 999_999_999L}) {
                assertThatThrownBy(() -> myClaims.get(id)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> myClaims.chooseRoute(id, PaymentChoice.FEE))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> myClaims.addExpense(id, bus(held, 100))).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> myClaims.removeExpense(id, carersLine)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> myClaims.submit(id, true)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> myClaims.receipt(id, carersLine)).isInstanceOf(AccessDeniedException.class);
            }
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject = ?", Long.class,
                "claim " + carers)).as("each refused id is logged").isGreaterThanOrEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject = ?", Long.class,
                "claim " + southmoor)).isGreaterThanOrEqualTo(6);
        var unchanged = jdbc.queryForMap("select route, status, expenses_pence from payment_claim where id = ?", carers);
        assertThat(unchanged.get("status")).isEqualTo("DRAFT");
        assertThat(unchanged.get("route")).isNull();
        assertThat(((Number) unchanged.get("expenses_pence")).longValue()).isEqualTo(350L);
        assertThat(jdbc.queryForObject("select count(*) from claim_expense where claim_id = ?", Long.class, carers))
                .isEqualTo(1);
    }

    @Test
    void staff_cannotUseThePartnersService() {
        as(DemoLogins.NB_COORDINATOR, () -> assertThatThrownBy(() -> myClaims.list())
                .isInstanceOf(AccessDeniedException.class));
        as(DemoLogins.NB_FINANCE, () -> assertThatThrownBy(() -> myClaims.taxYear(LocalDate.now()))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void choosingARoute_worksTheFeeOutFromTheRateCard() {
        Held held = ClaimFixture.heldSession(jdbc, "NBU", "Route session");
        Long claim = ClaimFixture.draft(jdbc, held, DemoLogins.NB_PARTNER, "NBU");
        as(DemoLogins.NB_PARTNER, () -> {
            refused(() -> myClaims.chooseRoute(claim, null), "payments.claim.route-required");
            myClaims.chooseRoute(claim, PaymentChoice.FEE);
            // 2 h 30 min at £20 an hour = £50, plus £5 preparation
            assertThat(myClaims.get(claim)).extracting(ClaimDetails::feePence, ClaimDetails::voucherPence)
                    .containsExactly(5500L, 0L);
            myClaims.chooseRoute(claim, PaymentChoice.VOUCHER);
            assertThat(myClaims.get(claim)).extracting(ClaimDetails::feePence, ClaimDetails::voucherPence)
                    .containsExactly(0L, 5500L);
            myClaims.chooseRoute(claim, PaymentChoice.EXPENSES_ONLY);
            assertThat(myClaims.get(claim).totalPence()).isZero();
            myClaims.chooseRoute(claim, PaymentChoice.NO_PAYMENT);
            myClaims.addExpense(claim, bus(held, 420));
            assertThat(myClaims.get(claim).totalPence()).as("costs are paid back on every route").isEqualTo(420);
        });
    }

    @Test
    void badCosts_areRefusedWithAClearMessage_andNothingIsStored() {
        Held held = ClaimFixture.heldSession(jdbc, "NBU", "Bad input session");
        Long claim = ClaimFixture.draft(jdbc, held, DemoLogins.NB_PARTNER, "NBU");
        LocalDate day = held.heldOn();
        Map<String, ExpenseInput> bad = new java.util.LinkedHashMap<>();
        bad.put("payments.expense.category-required", new ExpenseInput(null, "x", day, null, 100L, null, null, null));
        bad.put("payments.expense.amount-range", amount(day, -100L));
        bad.put("payments.expense.amount-range ", amount(day, 0L));
        bad.put("payments.expense.amount-range  ", amount(day, PaymentLimits.MAX_EXPENSE_PENCE + 1));
        bad.put("payments.expense.amount-range   ", amount(day, Long.MAX_VALUE));
        bad.put("payments.expense.amount-required", amount(day, null));
        bad.put("payments.expense.future", amount(LocalDate.now().plusDays(2), 100L));
        bad.put("payments.expense.too-early", amount(day.minusDays(PaymentLimits.EXPENSE_DAYS_BEFORE_SESSION + 1), 100L));
        bad.put("payments.expense.day-required", amount(null, 100L));
        bad.put("payments.expense.miles", miles(day, 0));
        bad.put("payments.expense.miles ", miles(day, -5));
        bad.put("payments.expense.miles  ", miles(day, PaymentLimits.MAX_MILES + 1));
        bad.put("payments.expense.miles   ", miles(day, null));
        bad.put("payments.expense.description-required",
                new ExpenseInput(ExpenseCategory.OTHER, " ", day, null, 100L, null, null, null));
        bad.put("payments.expense.prior-approval-required",
                new ExpenseInput(ExpenseCategory.TAXI, "Taxi home", day, null, 1500L, "  ", null, null));
        bad.put("payments.expense.over-cap",
                new ExpenseInput(ExpenseCategory.PARKING, "Car park", day, null, 501L, null, null, null));
        bad.put("field.too-long",
                new ExpenseInput(ExpenseCategory.OTHER, "x".repeat(PaymentLimits.DESCRIPTION + 1), day, null, 100L,
                        null, null, null));
        bad.put("payments.receipt.wrong-type", receipt(day, "notes.pdf", "just some text".getBytes()));
        bad.put("payments.receipt.wrong-type ", receipt(day, "setup.exe", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}));
        byte[] huge = Arrays.copyOf(PDF, PaymentLimits.MAX_RECEIPT_BYTES + 1);
        bad.put("payments.receipt.too-large", receipt(day, "big.pdf", huge));
        bad.put("payments.receipt.empty", receipt(day, "empty.pdf", new byte[0]));
        as(DemoLogins.NB_PARTNER, () -> {
            bad.forEach((key, input) -> refused(() -> myClaims.addExpense(claim, input), key.strip()));
            assertThat(myClaims.get(claim).expenses()).isEmpty();
            myClaims.addExpense(claim, new ExpenseInput(ExpenseCategory.PARKING, "Car park", day, null, 400L, null,
                    null, null));
            refused(() -> myClaims.addExpense(claim, new ExpenseInput(ExpenseCategory.PARKING, "Car park again", day,
                    null, 101L, null, null, null)), "payments.expense.over-cap");
        });
        assertThat(jdbc.queryForObject("select count(*) from claim_expense where claim_id = ?", Long.class, claim))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select expenses_pence from payment_claim where id = ?", Long.class, claim))
                .isEqualTo(400);
    }

    @Test
    void goodCosts_withReceiptsMileageAndAnAgreedTaxi_addUpAndCanBeRemoved() {
        Held held = ClaimFixture.heldSession(jdbc, "NBU", "Good input session");
        Long claim = ClaimFixture.draft(jdbc, held, DemoLogins.NB_PARTNER, "NBU");
        LocalDate day = held.heldOn();
        as(DemoLogins.NB_PARTNER, () -> {
            Long ticket = myClaims.addExpense(claim, receipt(day, "C:\\phone\\ticket.pdf", PDF));
            Long photo = myClaims.addExpense(claim, new ExpenseInput(ExpenseCategory.SUBSISTENCE, "Lunch", day, null,
                    650L, null, "lunch.png", PNG));
            Long mileage = myClaims.addExpense(claim, miles(day, 10));
            myClaims.addExpense(claim, new ExpenseInput(ExpenseCategory.TAXI, "Taxi home", day, null, 1500L,
                    "Sam, coordinator", null, null));
            ClaimDetails details = myClaims.get(claim);
            assertThat(details.expensesPence()).as("£2.50 + £6.50 + 10 miles at 45p + £15").isEqualTo(250 + 650 + 450 + 1500);
            assertThat(details.expenses()).filteredOn(l -> l.id().equals(mileage)).singleElement()
                    .satisfies(l -> assertThat(l.miles()).isEqualTo(10));
            assertThat(myClaims.receipt(claim, ticket)).hasValueSatisfying(f -> {
                assertThat(f.fileName()).isEqualTo("ticket.pdf");
                assertThat(f.contentType()).isEqualTo("application/pdf");
            });
            assertThat(myClaims.receipt(claim, photo)).hasValueSatisfying(f -> assertThat(f.contentType())
                    .isEqualTo("image/png"));
            assertThat(myClaims.receipt(claim, mileage)).isEmpty();
            myClaims.removeExpense(claim, photo);
            assertThat(myClaims.get(claim).expensesPence()).isEqualTo(250 + 450 + 1500);
            assertThatThrownBy(() -> myClaims.removeExpense(claim, photo)).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void submitting_needsTheDeclarationARouteAndSomethingToClaim_andHappensOnce() {
        Held held = ClaimFixture.heldSession(jdbc, "NBU", "Submit session");
        Long claim = ClaimFixture.draft(jdbc, held, DemoLogins.NB_PARTNER, "NBU");
        as(DemoLogins.NB_PARTNER, () -> {
            refused(() -> myClaims.submit(claim, true), "payments.claim.route-required");
            myClaims.chooseRoute(claim, PaymentChoice.EXPENSES_ONLY);
            refused(() -> myClaims.submit(claim, true), "payments.claim.nothing-to-claim");
            Long line = myClaims.addExpense(claim, bus(held, 380));
            refused(() -> myClaims.submit(claim, false), "payments.claim.declaration-required");
            assertThat(myClaims.get(claim).status()).isEqualTo(ClaimStatus.DRAFT);
            myClaims.submit(claim, true);
            refused(() -> myClaims.submit(claim, true), "payments.claim.already-submitted");
            refused(() -> myClaims.addExpense(claim, bus(held, 100)), "payments.claim.not-editable");
            refused(() -> myClaims.removeExpense(claim, line), "payments.claim.not-editable");
            refused(() -> myClaims.chooseRoute(claim, PaymentChoice.FEE), "payments.claim.not-editable");
            ClaimDetails sent = myClaims.get(claim);
            assertThat(sent.status()).isEqualTo(ClaimStatus.SUBMITTED);
            assertThat(sent.totalPence()).isEqualTo(380);
            assertThat(sent.dueBy()).isAfterOrEqualTo(LocalDate.now().plusDays(PaymentLimits.MIN_TURNAROUND_DAYS));
            assertThat(sent.steps()).extracting(ClaimDetails.ClaimStep::status)
                    .containsExactly(ClaimStatus.DRAFT, ClaimStatus.SUBMITTED);
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'CLAIM_SUBMITTED' and subject = ?",
                Long.class, "claim " + claim)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from claim_expense where claim_id = ?", Long.class, claim))
                .isEqualTo(1);
    }

    @Test
    void aClaimSentBack_showsTheReason_andCanBeAmendedAndSentAgain() {
        Held held = ClaimFixture.heldSession(jdbc, "NBU", "Sent back session");
        Long claim = ClaimFixture.draft(jdbc, held, DemoLogins.NB_PARTNER, "NBU");
        Long line = as(DemoLogins.NB_PARTNER, () -> {
            myClaims.chooseRoute(claim, PaymentChoice.FEE);
            Long bus = myClaims.addExpense(claim, bus(held, 9900));
            myClaims.submit(claim, true);
            return bus;
        });
        ClaimFixture.rejected(jdbc, claim, "The bus fare looks too high. Please check the amount.");
        as(DemoLogins.NB_PARTNER, () -> {
            ClaimDetails back = myClaims.get(claim);
            assertThat(back.status()).isEqualTo(ClaimStatus.REJECTED);
            assertThat(back.rejectionReason()).isEqualTo("The bus fare looks too high. Please check the amount.");
            myClaims.removeExpense(claim, line);
            myClaims.addExpense(claim, bus(held, 990));
            myClaims.submit(claim, true);
            assertThat(myClaims.get(claim)).extracting(ClaimDetails::status, ClaimDetails::totalPence)
                    .containsExactly(ClaimStatus.SUBMITTED, 5500L + 990L);
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'CLAIM_RESUBMITTED' and subject = ?",
                Long.class, "claim " + claim)).isEqualTo(1);
    }

    @Test
    void theListAndTheTaxYear_areBoundedQueries() {
        Held held = ClaimFixture.heldSession(jdbc, "NBU", "Counted session");
        ClaimFixture.draft(jdbc, held, DemoLogins.NB_PARTNER, "NBU");
        as(DemoLogins.NB_PARTNER, () -> {
            StatementCounter.reset();
            myClaims.list();
            assertThat(StatementCounter.count()).as("partner id, settings, claims").isLessThanOrEqualTo(3);
            StatementCounter.reset();
            myClaims.taxYear(LocalDate.now());
            assertThat(StatementCounter.count()).as("partner id, sums, settings").isLessThanOrEqualTo(3);
        });
    }

    private void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).as(key).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    static ExpenseInput bus(Held held, long pence) {
        return new ExpenseInput(ExpenseCategory.PUBLIC_TRANSPORT, "Bus", held.heldOn(), null, pence, null, null, null);
    }

    private static ExpenseInput amount(LocalDate day, Long pence) {
        return new ExpenseInput(ExpenseCategory.PUBLIC_TRANSPORT, "Train", day, null, pence, null, null, null);
    }

    private static ExpenseInput miles(LocalDate day, Integer miles) {
        return new ExpenseInput(ExpenseCategory.MILEAGE, null, day, miles, null, null, null, null);
    }

    private static ExpenseInput receipt(LocalDate day, String name, byte[] content) {
        return new ExpenseInput(ExpenseCategory.PUBLIC_TRANSPORT, "Train", day, null, 250L, null, name, content);
    }
}
