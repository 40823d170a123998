package app.involvement.feedback.ui;

import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows a refusal beside the field it is about (by the start of its message key), or as a notice when no field
 * is; a form's own checks use {@link #mark} the same way, so both read alike.
 */
final class FieldErrors {

    private final Component owner;
    private final Map<String, HasValidation> byKeyPrefix = new LinkedHashMap<>();

    FieldErrors(Component owner) {
        this.owner = owner;
    }

    FieldErrors on(String keyPrefix, HasValidation field) {
        byKeyPrefix.put(keyPrefix, field);
        return this;
    }

    void clear() {
        byKeyPrefix.values().forEach(f -> f.setInvalid(false));
    }

    /** Marks the field and returns false, for "if (!ok) return". */
    boolean mark(HasValidation field, String key, Object... args) {
        field.setErrorMessage(owner.getTranslation(key, args));
        field.setInvalid(true);
        return false;
    }

    void show(BusinessRuleException refused) {
        for (var entry : byKeyPrefix.entrySet()) {
            if (refused.messageKey().startsWith(entry.getKey())) {
                mark(entry.getValue(), refused.messageKey(), refused.arguments());
                return;
            }
        }
        Notices.error(Notices.message(refused));
    }
}
