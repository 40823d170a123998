package app.involvement.payments;

import java.time.LocalDate;

/**
 * A new expense line: by amount (whole pence), or for mileage by whole miles (the amount then comes from the
 * rate card). {@code priorApproval} says who agreed a taxi beforehand. The receipt is optional: its bytes and the
 * name it came with.
 */
public record ExpenseInput(ExpenseCategory category, String description, LocalDate spentOn, Integer miles,
        Long amountPence, String priorApproval, String receiptName, byte[] receipt) {

    public ExpenseInput {
        receipt = receipt == null ? null : receipt.clone();
    }

    @Override
    public byte[] receipt() {
        return receipt == null ? null : receipt.clone();
    }
}
