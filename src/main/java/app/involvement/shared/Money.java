package app.involvement.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Money is whole pence ({@code long}) in code and columns; this converts and writes it as pounds, "£1,234.50". */
public final class Money {

    private static final Currency POUND = Currency.getInstance("GBP");

    private Money() {
    }

    /** "£1,234.50" in English and Welsh alike. */
    public static String format(long pence, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Language.of(locale).locale());
        format.setCurrency(POUND);
        return format.format(toPounds(pence));
    }

    public static BigDecimal toPounds(long pence) {
        return BigDecimal.valueOf(pence, 2);
    }

    /**
     * Whole pence of an amount in pounds.
     *
     * @throws BusinessRuleException ({@code money.pence}) for an amount with more than two decimal places
     */
    public static long toPence(BigDecimal pounds) {
        try {
            return pounds.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw new BusinessRuleException("money.pence");
        }
    }

    /** {@code pence × quantity ÷ divisor}, rounded half up to a whole penny. */
    public static long proRata(long pence, long quantity, long divisor) {
        return BigDecimal.valueOf(pence).multiply(BigDecimal.valueOf(quantity))
                .divide(BigDecimal.valueOf(divisor), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
