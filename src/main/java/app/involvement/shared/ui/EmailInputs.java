package app.involvement.shared.ui;

import app.involvement.shared.EmailAddress;
import app.involvement.shared.Limits;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.util.Optional;

/**
 * E-mail fields that check with {@link EmailAddress}, the rule the services apply, and always say what
 * is wrong. The component's own check (another pattern, and no message unless one is configured) is
 * switched off: it used to turn fields red with no text.
 */
public final class EmailInputs {

    /** Lets every value through the component's built-in pattern check, so only our rule decides. */
    private static final String ANY = "[\\s\\S]*";

    private EmailInputs() {
    }

    /** A field checked when its value changes; call {@link #check} again before submitting. */
    public static EmailField create(String label, boolean required) {
        var field = bare(label, required);
        field.addValueChangeListener(e -> check(field, required));
        return field;
    }

    /** A field for a {@code Binder}: bind it with {@link #validator}. */
    public static EmailField forBinder(String label, boolean required) {
        return bare(label, required);
    }

    private static EmailField bare(String label, boolean required) {
        var field = new EmailField(label);
        field.setManualValidation(true);
        field.setPattern(ANY);
        field.setMaxLength(Limits.EMAIL);
        field.setRequiredIndicatorVisible(required);
        return field;
    }

    /** Shows what is wrong next to the field. @return true when the value is acceptable */
    public static boolean check(EmailField field, boolean required) {
        Optional<String> problem = problem(field.getValue(), required);
        field.setErrorMessage(problem.map(key -> field.getTranslation(key, EmailAddress.arguments(key))).orElse(null));
        field.setInvalid(problem.isPresent());
        return problem.isEmpty();
    }

    public static Validator<String> validator(boolean required) {
        return (value, context) -> problem(value, required)
                .map(key -> ValidationResult.error(com.vaadin.flow.component.UI.getCurrent()
                        .getTranslation(key, EmailAddress.arguments(key))))
                .orElse(ValidationResult.ok());
    }

    private static Optional<String> problem(String value, boolean required) {
        if (!required && (value == null || value.isBlank())) {
            return Optional.empty();
        }
        return EmailAddress.problem(value);
    }
}
