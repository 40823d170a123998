package app.involvement.payments.ui;

import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.Money;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;

/** Reads and fills the rate card's money fields: whole pence in code, pounds and pence on screen. */
final class Pounds {

    private Pounds() {
    }

    static void show(BigDecimalField field, Long pence) {
        field.setValue(pence == null ? null : Money.toPounds(pence));
    }

    /** The field's pence, null when empty; a bad amount is shown on the field and thrown. */
    static Long read(BigDecimalField field) {
        BigDecimal pounds = field.getValue();
        if (pounds == null) {
            return null;
        }
        try {
            return Money.toPence(pounds);
        } catch (BusinessRuleException refused) {
            throw invalid(field, refused);
        }
    }

    /** Marks the field with the refusal's message and returns the refusal. */
    static BusinessRuleException invalid(BigDecimalField field, BusinessRuleException refused) {
        field.setErrorMessage(field.getTranslation(refused.messageKey(), refused.arguments()));
        field.setInvalid(true);
        return refused;
    }

    /** "£1,000.00" for a refusal's text: the same in English and Welsh. */
    static String format(long pence) {
        return Money.format(pence, java.util.Locale.UK);
    }

    /** Checks {@code min ≤ pence ≤ max} (null passes when not required). */
    static Long inRange(BigDecimalField field, boolean required, long min, long max, String key, Object... args) {
        Long pence = read(field);
        if (pence == null ? required : pence < min || pence > max) {
            throw invalid(field, new BusinessRuleException(key, args));
        }
        return pence;
    }
}
