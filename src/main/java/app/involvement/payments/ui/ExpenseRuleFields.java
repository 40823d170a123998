package app.involvement.payments.ui;

import app.involvement.payments.ExpenseCategory;
import app.involvement.payments.ExpenseRule;
import app.involvement.payments.PaymentLimits;
import app.involvement.shared.ui.MoneyFields;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.util.Optional;

/** One kind of expense on a rate card: an optional cap per claim, and whether it needs approval beforehand. */
class ExpenseRuleFields extends FieldSet {

    private final ExpenseCategory category;
    private final BigDecimalField cap = MoneyFields.pounds("");
    private final Checkbox priorApproval = new Checkbox();

    ExpenseRuleFields(ExpenseCategory category) {
        this.category = category;
        setLegendText(getTranslation("expense.category." + category));
        addClassName("rate-card-expense");
        cap.setLabel(getTranslation("rate-card.cap"));
        cap.setHelperText(getTranslation("rate-card.cap.help"));
        priorApproval.setLabel(getTranslation("rate-card.prior-approval"));
        fill(Optional.empty());
        add(new FormLayout(cap, priorApproval));
    }

    /** No rule: no cap, and approval beforehand for a taxi only (the claim editor's default). */
    void fill(Optional<ExpenseRule> rule) {
        Pounds.show(cap, rule.map(ExpenseRule::capPence).orElse(null));
        priorApproval.setValue(rule.map(ExpenseRule::priorApproval).orElse(category == ExpenseCategory.TAXI));
    }

    ExpenseRule read() {
        cap.setInvalid(false);
        Long pence = Pounds.inRange(cap, false, 1, PaymentLimits.MAX_EXPENSE_PENCE, "rate-card.cap-range",
                Pounds.format(PaymentLimits.MAX_EXPENSE_PENCE));
        return new ExpenseRule(category, pence, priorApproval.getValue());
    }

    void setReadOnly(boolean readOnly) {
        cap.setReadOnly(readOnly);
        priorApproval.setReadOnly(readOnly);
    }
}
