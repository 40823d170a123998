package app.involvement.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.payments.ExpenseCategory;
import app.involvement.payments.ExpenseInput;
import app.involvement.payments.ExpenseRule;
import app.involvement.payments.FeeBasis;
import app.involvement.payments.FeeRate;
import app.involvement.payments.RateCardFixture;
import app.involvement.payments.RateCardInput;
import app.involvement.payments.RateCards;
import app.involvement.pool.PaymentChoice;
import app.involvement.sessions.SessionTestData;
import app.involvement.shared.BusinessRuleException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A claim's fee from the card in force on the session day, worked out on both sides of the day one card ends and
 * the next starts: by the hour (to the minute), a half day (up to four hours) and a whole day (from a minute more),
 * with and without the online allowance, with the preparation allowance, for every payment choice. Mileage and
 * expense caps follow the session day's card too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeeCalculatorIT extends IntegrationTestBase {

    /** Card A is in force to 31 March 2018, card B from 1 April 2018 to 31 March 2019; none before or after. */
    static final LocalDate A_FIRST = LocalDate.of(2017, 4, 1);
    static final LocalDate A_LAST = LocalDate.of(2018, 3, 31);
    static final LocalDate B_FIRST = LocalDate.of(2018, 4, 1);
    static final LocalDate B_LAST = LocalDate.of(2019, 3, 31);

    @Autowired
    private RateCards rateCards;

    @Autowired
    private FeeCalculator calculator;

    @Autowired
    private ClaimEditor editor;

    @Autowired
    private PaymentClaimRepository claims;

    @Autowired
    private PlatformTransactionManager transactions;

    private Long hourly;
    private Long daily;
    private Long unpaid;
    private Long cardA;
    private Long cardB;

    /** Once per class, after the base class has set up security for the test. */
    @BeforeEach
    void twoCardsMeetingOnFirstApril() {
        if (cardA != null) {
            return;
        }
        RateCardFixture.forgetTestEra(jdbc);
        hourly = RateCardFixture.activityType(jdbc, "NBU", 0);
        daily = RateCardFixture.activityType(jdbc, "NBU", 1);
        unpaid = RateCardFixture.activityType(jdbc, "NBU", 2);
        as(DemoLogins.NB_LEAD, () -> {
            cardA = rateCards.create(new RateCardInput(A_FIRST, A_LAST, 45, 500, List.of(
                    new FeeRate(hourly, FeeBasis.PER_HOUR, 2000, null, 1000),
                    new FeeRate(daily, FeeBasis.HALF_OR_WHOLE_DAY, 6000, 10000L, 0)),
                    List.of(new ExpenseRule(ExpenseCategory.PUBLIC_TRANSPORT, 2000L, false))));
            cardB = rateCards.create(new RateCardInput(B_FIRST, B_LAST, 50, 750, List.of(
                    new FeeRate(hourly, FeeBasis.PER_HOUR, 2500, null, 1200),
                    new FeeRate(daily, FeeBasis.HALF_OR_WHOLE_DAY, 7500, 13000L, 500)),
                    List.of(new ExpenseRule(ExpenseCategory.PUBLIC_TRANSPORT, 3000L, false),
                            new ExpenseRule(ExpenseCategory.TAXI, null, false))));
        });
    }

    @AfterAll
    void forgetTheCards() {
        RateCardFixture.forgetTestEra(jdbc);
    }

    /** Day, activity type (H hourly, D half/whole day, U not on the card), minutes, online only, the amount, the card. */
    Stream<Arguments> sessions() {
        return Stream.of(
                // card A's first and last day
                row(A_FIRST, "H", 90, false, 3000 + 1000, "A"),
                row(A_LAST, "H", 90, false, 3000 + 1000, "A"),
                row(A_LAST, "H", 90, true, 3000 + 1000 + 500, "A"),
                row(A_LAST, "H", 50, false, 1667 + 1000, "A"),
                row(A_LAST, "D", 240, false, 6000, "A"),
                row(A_LAST, "D", 240, true, 6000 + 500, "A"),
                row(A_LAST, "D", 241, false, 10000, "A"),
                row(A_LAST, "D", 241, true, 10000 + 500, "A"),
                row(A_LAST, "D", 30, false, 6000, "A"),
                row(A_LAST, "U", 90, true, 0, "A"),
                // card B's first and last day
                row(B_FIRST, "H", 90, false, 3750 + 1200, "B"),
                row(B_FIRST, "H", 90, true, 3750 + 1200 + 750, "B"),
                row(B_FIRST, "H", 50, false, 2083 + 1200, "B"),
                row(B_FIRST, "D", 240, false, 7500 + 500, "B"),
                row(B_FIRST, "D", 240, true, 7500 + 500 + 750, "B"),
                row(B_FIRST, "D", 241, false, 13000 + 500, "B"),
                row(B_FIRST, "D", 241, true, 13000 + 500 + 750, "B"),
                row(B_FIRST, "U", 90, false, 0, "B"),
                row(B_LAST, "D", 480, false, 13000 + 500, "B"),
                // no card covers the day before A or the day after B
                row(A_FIRST.minusDays(1), "H", 90, true, 0, null),
                row(B_LAST.plusDays(1), "D", 241, false, 0, null));
    }

    private static Arguments row(LocalDate day, String type, int minutes, boolean online, long pence, String card) {
        return Arguments.of(day, type, minutes, online, pence, card);
    }

    @ParameterizedTest(name = "{0} {1} {2} min online={3} → {4}p from card {5}")
    @MethodSource("sessions")
    void theFee_followsTheCardOfTheSessionDay_andThePaymentChoice(LocalDate day, String type, int minutes,
            boolean online, long pence, String card) {
        Long typeId = switch (type) {
            case "H" -> hourly;
            case "D" -> daily;
            default -> unpaid;
        };
        Long cardId = card == null ? null : card.equals("A") ? cardA : cardB;
        var session = new HeldSession(1L, "Held", day, typeId, minutes, online);
        List<PaymentChoice> routes = new ArrayList<>(Arrays.asList(PaymentChoice.values()));
        routes.add(null);
        as(DemoLogins.NB_COORDINATOR, () -> {
            for (PaymentChoice route : routes) {
                Fee fee = calculator.feeFor(session, route);
                var expected = cardId == null ? Fee.NONE : switch (route) {
                    case FEE -> new Fee(cardId, pence, 0);
                    case VOUCHER -> new Fee(cardId, 0, pence);
                    case EXPENSES_ONLY, NO_PAYMENT -> new Fee(cardId, 0, 0);
                    case null -> new Fee(cardId, 0, 0);
                };
                assertThat(fee).as("route " + route).isEqualTo(expected);
            }
        });
    }

    @Test
    void anotherProvider_hasNoCardOnThoseDays() {
        var session = new HeldSession(1L, "Held", A_LAST, hourly, 90, false);
        as(DemoLogins.SM_COORDINATOR, () -> assertThat(calculator.feeFor(session, PaymentChoice.FEE)).isEqualTo(Fee.NONE));
    }

    @Test
    void mileage_isPaidAtTheRateOfTheSessionDaysCard() {
        Long onA = claimOn(A_LAST, PaymentChoice.EXPENSES_ONLY);
        Long onB = claimOn(B_FIRST, PaymentChoice.EXPENSES_ONLY);
        assertThat(addExpense(onA, ExpenseCategory.MILEAGE, null, 10, A_LAST)).isEqualTo(450);
        assertThat(addExpense(onB, ExpenseCategory.MILEAGE, null, 10, B_FIRST)).isEqualTo(500);
        assertThat(jdbc.queryForObject("select expenses_pence from payment_claim where id = ?", Long.class, onB))
                .isEqualTo(500);
    }

    @Test
    void expenseCaps_andPriorApproval_followTheSessionDaysCard() {
        Long onA = claimOn(A_LAST, PaymentChoice.FEE);
        Long onB = claimOn(B_FIRST, PaymentChoice.FEE);
        assertThatThrownBy(() -> addExpense(onA, ExpenseCategory.PUBLIC_TRANSPORT, 2500L, null, A_LAST))
                .isInstanceOf(BusinessRuleException.class).hasMessage("payments.expense.over-cap");
        assertThat(jdbc.queryForObject("select count(*) from claim_expense where claim_id = ?", Long.class, onA)).isZero();
        assertThat(addExpense(onB, ExpenseCategory.PUBLIC_TRANSPORT, 2500L, null, B_FIRST)).isEqualTo(2500);
        // card B says a taxi needs no approval beforehand; card A has no taxi rule, so the default (approval) holds
        assertThat(addExpense(onB, ExpenseCategory.TAXI, 1200L, null, B_FIRST)).isEqualTo(1200);
        assertThatThrownBy(() -> addExpense(onA, ExpenseCategory.TAXI, 1200L, null, A_LAST))
                .hasMessage("payments.expense.prior-approval-required");
    }

    @Test
    void aClaimOpened_onEitherSideOfTheBoundary_isPricedFromItsOwnCard() {
        Long onA = claimOn(A_LAST, PaymentChoice.VOUCHER);
        Long onB = claimOn(B_FIRST, PaymentChoice.FEE);
        assertThat(priced(onA)).containsExactly(cardA, 0L, 4000L);
        assertThat(priced(onB)).containsExactly(cardB, 4950L, 0L);
    }

    private List<Long> priced(Long claim) {
        return jdbc.queryForObject("select rate_card_id, fee_pence, voucher_pence from payment_claim where id = ?",
                (rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)), claim);
    }

    /** A draft claim of the Northbridge partner for a 90-minute session of the hourly type on that day. */
    private Long claimOn(LocalDate day, PaymentChoice route) {
        Long session = SessionTestData.insert(jdbc, "NBU", day, "Priced " + System.nanoTime(), 1, 2, "INVOLVEMENT");
        jdbc.update("update involvement_session set activity_type_id = ? where id = ?", hourly, session);
        Long partner = jdbc.queryForObject("select p.id from partner p join provider v on v.id = p.tenant_id"
                + " where v.short_code = 'NBU' and p.email = ?", Long.class, DemoLogins.NB_PARTNER);
        return as(DemoLogins.NB_COORDINATOR, () -> new TransactionTemplate(transactions).execute(tx -> {
            var held = new HeldSession(session, "Priced", day, hourly, 90, false);
            var claim = PaymentClaim.open(partner, held, route, java.time.Instant.now());
            claim.price(calculator.feeFor(held, route));
            return claims.save(claim).getId();
        }));
    }

    private long addExpense(Long claimId, ExpenseCategory category, Long pence, Integer miles, LocalDate spentOn) {
        return as(DemoLogins.NB_COORDINATOR, () -> new TransactionTemplate(transactions).execute(tx -> {
            var claim = claims.findById(claimId).orElseThrow();
            Long line = editor.addExpense(claim, new ExpenseInput(category, "Bus", spentOn, miles, pence, null, null, null));
            return jdbc.queryForObject("select amount_pence from claim_expense where id = ?", Long.class, line);
        }));
    }
}
