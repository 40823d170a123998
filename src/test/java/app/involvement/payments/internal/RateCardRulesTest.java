package app.involvement.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.payments.ExpenseCategory;
import app.involvement.payments.ExpenseRule;
import app.involvement.payments.FeeBasis;
import app.involvement.payments.FeeRate;
import app.involvement.payments.PaymentLimits;
import app.involvement.payments.PaymentSettings;
import app.involvement.payments.RateCardInput;
import app.involvement.shared.BusinessRuleException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Every rule a rate card and the payment settings must meet, each refused with its own message. */
class RateCardRulesTest {

    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
    private static final FeeRate HOURLY = new FeeRate(1L, FeeBasis.PER_HOUR, 2000, null, 1000);
    private static final FeeRate DAILY = new FeeRate(2L, FeeBasis.HALF_OR_WHOLE_DAY, 7500, 13000L, 0);

    private static RateCardInput card(LocalDate from, LocalDate to, long mileage, long online, List<FeeRate> fees,
            List<ExpenseRule> expenses) {
        return new RateCardInput(from, to, mileage, online, fees, expenses);
    }

    private static RateCardInput good() {
        return card(APRIL, APRIL.plusYears(1).minusDays(1), 45, 500, List.of(DAILY, HOURLY),
                List.of(new ExpenseRule(ExpenseCategory.TAXI, 3000L, true), new ExpenseRule(ExpenseCategory.PARKING, null, false)));
    }

    private static void refused(RateCardInput input, String key) {
        assertThatThrownBy(() -> RateCardRules.clean(input)).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo(key);
    }

    private static RateCardInput withFee(UnaryOperator<FeeRate> change) {
        var g = good();
        return card(g.effectiveFrom(), g.effectiveTo(), 45, 500, List.of(change.apply(HOURLY)), g.expenses());
    }

    @Test
    void aGoodCard_isKept_withFeesByActivityTypeAndRulesByCategory() {
        var clean = RateCardRules.clean(good());
        assertThat(clean.fees()).extracting(FeeRate::activityTypeId).containsExactly(1L, 2L);
        assertThat(clean.expenses()).extracting(ExpenseRule::category)
                .containsExactly(ExpenseCategory.TAXI, ExpenseCategory.PARKING);
        assertThat(clean.mileagePencePerMile()).isEqualTo(45);
    }

    @Test
    void oneDayCards_andOpenEndedCards_areAllowed() {
        assertThat(RateCardRules.clean(card(APRIL, APRIL, 45, 0, List.of(HOURLY), List.of())).effectiveTo()).isEqualTo(APRIL);
        assertThat(RateCardRules.clean(card(APRIL, null, 45, 0, List.of(HOURLY), List.of())).effectiveTo()).isNull();
    }

    @Test
    void dates_needAStart_anEndNotBeforeIt_andSensibleYears() {
        refused(null, "rate-card.from-required");
        refused(card(null, APRIL, 45, 0, List.of(HOURLY), List.of()), "rate-card.from-required");
        refused(card(APRIL, APRIL.minusDays(1), 45, 0, List.of(HOURLY), List.of()), "rate-card.end-before-start");
        refused(card(LocalDate.of(1999, 12, 31), null, 45, 0, List.of(HOURLY), List.of()), "rate-card.date-range");
        refused(card(APRIL, LocalDate.of(2100, 1, 1), 45, 0, List.of(HOURLY), List.of()), "rate-card.date-range");
    }

    @Test
    void mileage_isAbovezero_andAtMostTheLimit() {
        refused(card(APRIL, null, 0, 0, List.of(HOURLY), List.of()), "rate-card.mileage-range");
        refused(card(APRIL, null, -45, 0, List.of(HOURLY), List.of()), "rate-card.mileage-range");
        refused(card(APRIL, null, PaymentLimits.MAX_MILEAGE_PENCE + 1, 0, List.of(HOURLY), List.of()),
                "rate-card.mileage-range");
        assertThat(RateCardRules.clean(card(APRIL, null, PaymentLimits.MAX_MILEAGE_PENCE, 0, List.of(HOURLY), List.of()))
                .mileagePencePerMile()).isEqualTo(PaymentLimits.MAX_MILEAGE_PENCE);
    }

    @Test
    void onlineAllowance_isZeroOrMore_andAtMostTheLimit() {
        refused(card(APRIL, null, 45, -1, List.of(HOURLY), List.of()), "rate-card.online-range");
        refused(card(APRIL, null, 45, PaymentLimits.MAX_RATE_PENCE + 1, List.of(HOURLY), List.of()), "rate-card.online-range");
    }

    @Test
    void aCard_paysAtLeastOneActivityType_eachOnce() {
        refused(card(APRIL, null, 45, 0, List.of(), List.of()), "rate-card.fee-required");
        refused(card(APRIL, null, 45, 0, List.of(HOURLY, new FeeRate(1L, FeeBasis.HALF_OR_WHOLE_DAY, 1, 2L, 0)), List.of()),
                "rate-card.fee-twice");
        var tooMany = new ArrayList<FeeRate>();
        LongStream.rangeClosed(1, 201).forEach(id -> tooMany.add(new FeeRate(id, FeeBasis.PER_HOUR, 100, null, 0)));
        refused(card(APRIL, null, 45, 0, tooMany, List.of()), "rate-card.fee-too-many");
    }

    @Test
    void aFee_needsAnActivityTypeAndABasis_andAnAmountInRange() {
        refused(withFee(f -> new FeeRate(null, FeeBasis.PER_HOUR, 2000, null, 0)), "rate-card.fee-basis-required");
        refused(withFee(f -> new FeeRate(1L, null, 2000, null, 0)), "rate-card.fee-basis-required");
        refused(withFee(f -> new FeeRate(1L, FeeBasis.PER_HOUR, 0, null, 0)), "rate-card.fee-range");
        refused(withFee(f -> new FeeRate(1L, FeeBasis.PER_HOUR, -100, null, 0)), "rate-card.fee-range");
        refused(withFee(f -> new FeeRate(1L, FeeBasis.PER_HOUR, PaymentLimits.MAX_RATE_PENCE + 1, null, 0)),
                "rate-card.fee-range");
        refused(withFee(f -> new FeeRate(1L, FeeBasis.PER_HOUR, 2000, null, -1)), "rate-card.preparation-range");
        refused(withFee(f -> new FeeRate(1L, FeeBasis.PER_HOUR, 2000, null, PaymentLimits.MAX_RATE_PENCE + 1)),
                "rate-card.preparation-range");
    }

    @Test
    void halfOrWholeDay_needsAWholeDayAmount_atLeastTheHalfDay() {
        refused(withFee(f -> new FeeRate(1L, FeeBasis.HALF_OR_WHOLE_DAY, 7500, null, 0)), "rate-card.day-required");
        refused(withFee(f -> new FeeRate(1L, FeeBasis.HALF_OR_WHOLE_DAY, 7500, 7499L, 0)), "rate-card.day-range");
        refused(withFee(f -> new FeeRate(1L, FeeBasis.HALF_OR_WHOLE_DAY, 7500, PaymentLimits.MAX_RATE_PENCE + 1, 0)),
                "rate-card.day-range");
        assertThat(RateCardRules.clean(withFee(f -> new FeeRate(1L, FeeBasis.HALF_OR_WHOLE_DAY, 7500, 7500L, 0)))
                .fees().getFirst().dayPence()).isEqualTo(7500L);
    }

    @Test
    void anHourlyFee_keepsNoWholeDayAmount() {
        var clean = RateCardRules.clean(withFee(f -> new FeeRate(1L, FeeBasis.PER_HOUR, 2000, 99_999L, 0)));
        assertThat(clean.fees().getFirst().dayPence()).isNull();
    }

    @Test
    void expenseRules_needACategory_onceEach_andACapInRangeOrNone() {
        var g = good();
        refused(card(APRIL, null, 45, 0, g.fees(), java.util.Arrays.asList(new ExpenseRule(null, null, false))),
                "rate-card.category-required");
        refused(card(APRIL, null, 45, 0, g.fees(), List.of(new ExpenseRule(ExpenseCategory.TAXI, null, true),
                new ExpenseRule(ExpenseCategory.TAXI, 100L, false))), "rate-card.expense-twice");
        refused(card(APRIL, null, 45, 0, g.fees(), List.of(new ExpenseRule(ExpenseCategory.TAXI, 0L, true))),
                "rate-card.cap-range");
        refused(card(APRIL, null, 45, 0, g.fees(), List.of(new ExpenseRule(ExpenseCategory.PARKING,
                PaymentLimits.MAX_EXPENSE_PENCE + 1, false))), "rate-card.cap-range");
    }

    @Test
    void overlap_countsSharedDays_andOpenEnds() {
        LocalDate march = LocalDate.of(2026, 3, 31);
        assertThat(RateCardRules.overlap(APRIL, null, APRIL.minusYears(1), march)).isFalse();
        assertThat(RateCardRules.overlap(APRIL, null, APRIL.minusYears(1), APRIL)).isTrue();
        assertThat(RateCardRules.overlap(APRIL.minusYears(1), march, APRIL, null)).isFalse();
        assertThat(RateCardRules.overlap(APRIL.minusYears(1), null, APRIL.plusYears(3), null)).isTrue();
        assertThat(RateCardRules.overlap(APRIL, APRIL, APRIL, APRIL)).isTrue();
        assertThat(RateCardRules.overlap(APRIL.plusDays(1), APRIL.plusDays(5), APRIL.minusDays(5), APRIL)).isFalse();
    }

    @Test
    void settings_turnaroundInRange_thresholdPositiveOrNone() {
        assertThat(RateCardRules.settings(new PaymentSettings(14, null))).isEqualTo(new PaymentSettings(14, null));
        assertThat(RateCardRules.settings(new PaymentSettings(PaymentLimits.MAX_TURNAROUND_DAYS,
                PaymentLimits.MAX_THRESHOLD_PENCE)).turnaroundDays()).isEqualTo(PaymentLimits.MAX_TURNAROUND_DAYS);
        for (int days : new int[] {0, -1, PaymentLimits.MAX_TURNAROUND_DAYS + 1}) {
            assertThatThrownBy(() -> RateCardRules.settings(new PaymentSettings(days, null)))
                    .hasMessage("rate-card.turnaround-range");
        }
        for (long pence : new long[] {0, -1, PaymentLimits.MAX_THRESHOLD_PENCE + 1}) {
            assertThatThrownBy(() -> RateCardRules.settings(new PaymentSettings(14, pence)))
                    .hasMessage("rate-card.threshold-range");
        }
        assertThatThrownBy(() -> RateCardRules.settings(null)).hasMessage("rate-card.turnaround-range");
    }

    @Test
    void amountsInRefusals_areWrittenInPoundsTheSameInBothLanguages() {
        assertThat(RateCardRules.pounds(PaymentLimits.MAX_RATE_PENCE)).isEqualTo("£1,000.00");
        assertThat(RateCardRules.day(APRIL)).isEqualTo("01/04/2026");
    }
}
