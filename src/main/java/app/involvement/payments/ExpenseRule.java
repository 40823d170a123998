package app.involvement.payments;

/** A rate card's rule for an expense category: an optional cap per claim, and whether it needs approval first (taxi). */
public record ExpenseRule(ExpenseCategory category, Long capPence, boolean priorApproval) {
}
