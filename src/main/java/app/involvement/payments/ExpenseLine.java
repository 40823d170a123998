package app.involvement.payments;

import java.time.LocalDate;

/** An expense on a claim; {@code receiptName} is null when no receipt was added. */
public record ExpenseLine(Long id, ExpenseCategory category, String description, LocalDate spentOn, Integer miles,
        long amountPence, String priorApproval, String receiptName, Long receiptSize) {

    public boolean hasReceipt() {
        return receiptName != null;
    }
}
