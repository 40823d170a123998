package app.involvement.payments.internal;

import app.involvement.payments.ExpenseCategory;
import app.involvement.payments.ExpenseRule;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A rate card's rule for one expense category. */
@Entity
@Table(name = "rate_card_expense")
class RateCardExpense extends TenantScopedEntity {

    @Column(name = "rate_card_id", nullable = false, updatable = false)
    private Long rateCardId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ExpenseCategory category;

    @Column(name = "cap_pence")
    private Long capPence;

    @Column(name = "prior_approval", nullable = false)
    private boolean priorApproval;

    protected RateCardExpense() {
    }

    RateCardExpense(Long rateCardId, ExpenseRule rule) {
        this.rateCardId = rateCardId;
        this.category = rule.category();
        this.capPence = rule.capPence();
        this.priorApproval = rule.priorApproval();
    }

    ExpenseRule rule() {
        return new ExpenseRule(category, capPence, priorApproval);
    }
}
