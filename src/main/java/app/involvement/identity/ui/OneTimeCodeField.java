package app.involvement.identity.ui;

import com.vaadin.flow.component.textfield.TextField;

/** The field for a code from an authenticator app (or a recovery code). */
final class OneTimeCodeField {

    private OneTimeCodeField() {
    }

    static TextField create(String label, String help) {
        var code = new TextField(label);
        code.setId("mfa-code");
        code.setHelperText(help);
        code.setMaxLength(app.involvement.identity.TwoStepSignIn.CODE_MAX_LENGTH);
        code.getElement().setProperty("autocomplete", "one-time-code");
        code.setAutofocus(true);
        code.setWidthFull();
        code.setManualValidation(true);
        return code;
    }

    static void refuse(TextField code, String message) {
        code.clear();
        code.setErrorMessage(message);
        code.setInvalid(true);
        code.focus();
    }
}
