package app.involvement.payments;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated rate card: in force from {@code effectiveFrom} to {@code effectiveTo} (both inclusive; open-ended when
 * null). Mileage is paid per mile; the online allowance is added to the fee of a session held online only.
 */
public record RateCardInput(LocalDate effectiveFrom, LocalDate effectiveTo, long mileagePencePerMile,
        long onlineAllowancePence, List<FeeRate> fees, List<ExpenseRule> expenses) {

    public RateCardInput {
        fees = fees == null ? List.of() : List.copyOf(fees);
        expenses = expenses == null ? List.of() : List.copyOf(expenses);
    }
}
