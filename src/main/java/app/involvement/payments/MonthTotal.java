package app.involvement.payments;

import java.time.YearMonth;

/** What was paid in a month: fees, vouchers and expenses of the claims paid in it. */
public record MonthTotal(YearMonth month, int claimCount, long feePence, long voucherPence, long expensesPence) {

    public long totalPence() {
        return feePence + voucherPence + expensesPence;
    }
}
