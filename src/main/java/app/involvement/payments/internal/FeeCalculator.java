package app.involvement.payments.internal;

import app.involvement.payments.FeeBasis;
import app.involvement.payments.FeeRate;
import app.involvement.payments.PaymentLimits;
import app.involvement.pool.PaymentChoice;
import app.involvement.shared.Money;
import org.springframework.stereotype.Component;

/**
 * Works out a claim's fee from the rate card in force on the session day: the activity type's fee (by the hour,
 * to the minute and rounded half up to a penny; or a half day up to four hours, a whole day above), plus the
 * preparation allowance, plus the online allowance for a session held online only. Paid as a fee or as a voucher
 * by the payment route; nothing for expenses only, no payment, or no route chosen yet.
 */
@Component
class FeeCalculator {

    private final RateCardRepository cards;
    private final RateCardFeeRepository fees;

    FeeCalculator(RateCardRepository cards, RateCardFeeRepository fees) {
        this.cards = cards;
        this.fees = fees;
    }

    Fee feeFor(HeldSession session, PaymentChoice route) {
        var card = cards.findInForceOn(session.heldOn()).orElse(null);
        if (card == null) {
            return Fee.NONE;
        }
        if (route != PaymentChoice.FEE && route != PaymentChoice.VOUCHER) {
            return new Fee(card.getId(), 0, 0);
        }
        long amount = fees.findByRateCardIdAndActivityTypeId(card.getId(), session.activityTypeId())
                .map(fee -> forSession(fee.rate(), session.durationMinutes())
                        + (session.onlineOnly() ? card.getOnlineAllowancePence() : 0))
                .orElse(0L);
        return route == PaymentChoice.FEE ? new Fee(card.getId(), amount, 0) : new Fee(card.getId(), 0, amount);
    }

    static long forSession(FeeRate rate, int minutes) {
        long base = rate.basis() == FeeBasis.PER_HOUR ? Money.proRata(rate.amountPence(), minutes, 60)
                : minutes <= PaymentLimits.HALF_DAY_MINUTES ? rate.amountPence()
                : rate.dayPence() == null ? 2 * rate.amountPence() : rate.dayPence();
        return base + rate.preparationPence();
    }
}
