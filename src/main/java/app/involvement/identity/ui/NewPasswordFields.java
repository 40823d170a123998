package app.involvement.identity.ui;

import app.involvement.identity.PasswordPolicy;
import app.involvement.shared.Limits;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Optional;

/** A new password and its confirmation, checked against the password rules as the person types. */
class NewPasswordFields extends Composite<Div> {

    private final PasswordField password = new PasswordField();
    private final PasswordField confirm = new PasswordField();
    private final String email;

    NewPasswordFields(String email) {
        this.email = email;
        password.setLabel(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.help", Limits.PASSWORD_MIN, Limits.PASSWORD_MAX));
        password.setMaxLength(Limits.PASSWORD_MAX);
        password.setRequired(true);
        password.setWidthFull();
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        confirm.setLabel(getTranslation("password.confirm"));
        confirm.setMaxLength(Limits.PASSWORD_MAX);
        confirm.setRequired(true);
        confirm.setWidthFull();
        confirm.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        getContent().add(password, confirm);
    }

    /** @return the password if both fields are acceptable; otherwise marks the fields and returns empty */
    Optional<String> validPassword() {
        Optional<String> problem = PasswordPolicy.problem(password.getValue(), email);
        password.setInvalid(problem.isPresent());
        problem.ifPresent(key -> password.setErrorMessage(getTranslation(key, Limits.PASSWORD_MIN, Limits.PASSWORD_MAX)));
        boolean same = password.getValue().equals(confirm.getValue());
        confirm.setInvalid(problem.isEmpty() && !same);
        confirm.setErrorMessage(getTranslation("password.mismatch"));
        if (problem.isPresent()) {
            password.focus();
            return Optional.empty();
        }
        if (!same) {
            confirm.focus();
            return Optional.empty();
        }
        return Optional.of(password.getValue());
    }

    void showProblem(String messageKey) {
        password.setInvalid(true);
        password.setErrorMessage(getTranslation(messageKey, Limits.PASSWORD_MIN, Limits.PASSWORD_MAX));
    }
}
