package app.involvement.payments.internal;

import app.involvement.payments.ExpenseCategory;
import app.involvement.payments.ExpenseRule;
import app.involvement.payments.FeeBasis;
import app.involvement.payments.FeeRate;
import app.involvement.payments.PaymentLimits;
import app.involvement.payments.PaymentSettings;
import app.involvement.payments.RateCardInput;
import app.involvement.provider.ReferenceData;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.Money;
import app.involvement.shared.UkFormats;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * The rules a rate card and the payment settings must meet, checked in the service whatever the form did (DD033).
 * Returns the card as it is stored: fees by activity type, rules by category, no whole-day amount on an hourly fee.
 */
final class RateCardRules {

    /** Dates outside these years are typing mistakes, not rate cards. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern(UkFormats.DATE_INPUT, Locale.UK);

    private RateCardRules() {
    }

    static RateCardInput clean(RateCardInput in) {
        if (in == null || in.effectiveFrom() == null) {
            throw new BusinessRuleException("rate-card.from-required");
        }
        if (outOfRange(in.effectiveFrom()) || in.effectiveTo() != null && outOfRange(in.effectiveTo())) {
            throw new BusinessRuleException("rate-card.date-range", day(EARLIEST), day(LATEST));
        }
        if (in.effectiveTo() != null && in.effectiveTo().isBefore(in.effectiveFrom())) {
            throw new BusinessRuleException("rate-card.end-before-start");
        }
        if (in.mileagePencePerMile() <= 0 || in.mileagePencePerMile() > PaymentLimits.MAX_MILEAGE_PENCE) {
            throw new BusinessRuleException("rate-card.mileage-range", pounds(PaymentLimits.MAX_MILEAGE_PENCE));
        }
        if (in.onlineAllowancePence() < 0 || in.onlineAllowancePence() > PaymentLimits.MAX_RATE_PENCE) {
            throw new BusinessRuleException("rate-card.online-range", pounds(PaymentLimits.MAX_RATE_PENCE));
        }
        return new RateCardInput(in.effectiveFrom(), in.effectiveTo(), in.mileagePencePerMile(),
                in.onlineAllowancePence(), fees(in.fees()), expenses(in.expenses()));
    }

    private static List<FeeRate> fees(List<FeeRate> fees) {
        if (fees.isEmpty()) {
            throw new BusinessRuleException("rate-card.fee-required");
        }
        if (fees.size() > ReferenceData.MAX_ITEMS) {
            throw new BusinessRuleException("rate-card.fee-too-many", ReferenceData.MAX_ITEMS);
        }
        var seen = new HashSet<Long>();
        var clean = new ArrayList<FeeRate>();
        for (FeeRate fee : fees) {
            if (fee == null || fee.activityTypeId() == null || fee.basis() == null) {
                throw new BusinessRuleException("rate-card.fee-basis-required");
            }
            if (!seen.add(fee.activityTypeId())) {
                throw new BusinessRuleException("rate-card.fee-twice");
            }
            if (fee.amountPence() <= 0 || fee.amountPence() > PaymentLimits.MAX_RATE_PENCE) {
                throw new BusinessRuleException("rate-card.fee-range", pounds(PaymentLimits.MAX_RATE_PENCE));
            }
            Long day = null;
            if (fee.basis() == FeeBasis.HALF_OR_WHOLE_DAY) {
                if (fee.dayPence() == null) {
                    throw new BusinessRuleException("rate-card.day-required");
                }
                if (fee.dayPence() < fee.amountPence() || fee.dayPence() > PaymentLimits.MAX_RATE_PENCE) {
                    throw new BusinessRuleException("rate-card.day-range", pounds(PaymentLimits.MAX_RATE_PENCE));
                }
                day = fee.dayPence();
            }
            if (fee.preparationPence() < 0 || fee.preparationPence() > PaymentLimits.MAX_RATE_PENCE) {
                throw new BusinessRuleException("rate-card.preparation-range", pounds(PaymentLimits.MAX_RATE_PENCE));
            }
            clean.add(new FeeRate(fee.activityTypeId(), fee.basis(), fee.amountPence(), day, fee.preparationPence()));
        }
        clean.sort(Comparator.comparing(FeeRate::activityTypeId));
        return clean;
    }

    private static List<ExpenseRule> expenses(List<ExpenseRule> rules) {
        var seen = EnumSet.noneOf(ExpenseCategory.class);
        var clean = new ArrayList<ExpenseRule>();
        for (ExpenseRule rule : rules) {
            if (rule == null || rule.category() == null) {
                throw new BusinessRuleException("rate-card.category-required");
            }
            if (!seen.add(rule.category())) {
                throw new BusinessRuleException("rate-card.expense-twice");
            }
            if (rule.capPence() != null && (rule.capPence() <= 0 || rule.capPence() > PaymentLimits.MAX_EXPENSE_PENCE)) {
                throw new BusinessRuleException("rate-card.cap-range", pounds(PaymentLimits.MAX_EXPENSE_PENCE));
            }
            clean.add(rule);
        }
        clean.sort(Comparator.comparing(ExpenseRule::category));
        return clean;
    }

    static PaymentSettings settings(PaymentSettings in) {
        if (in == null || in.turnaroundDays() < PaymentLimits.MIN_TURNAROUND_DAYS
                || in.turnaroundDays() > PaymentLimits.MAX_TURNAROUND_DAYS) {
            throw new BusinessRuleException("rate-card.turnaround-range", PaymentLimits.MIN_TURNAROUND_DAYS,
                    PaymentLimits.MAX_TURNAROUND_DAYS);
        }
        Long threshold = in.taxYearThresholdPence();
        if (threshold != null && (threshold <= 0 || threshold > PaymentLimits.MAX_THRESHOLD_PENCE)) {
            throw new BusinessRuleException("rate-card.threshold-range", pounds(PaymentLimits.MAX_THRESHOLD_PENCE));
        }
        return in;
    }

    /** Both cards cover at least one day in common (a card without an end runs on for ever). */
    static boolean overlap(LocalDate fromA, LocalDate toA, LocalDate fromB, LocalDate toB) {
        return (toB == null || !fromA.isAfter(toB)) && (toA == null || !fromB.isAfter(toA));
    }

    /** "01/04/2026": the same in English and Welsh, so a refusal can carry it as it is. */
    static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** "£1,000.00": the same in English and Welsh. */
    static String pounds(long pence) {
        return Money.format(pence, Locale.UK);
    }

    private static boolean outOfRange(LocalDate day) {
        return day.isBefore(EARLIEST) || day.isAfter(LATEST);
    }
}
