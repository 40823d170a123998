package app.involvement.training.ui;

import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.UkDatePickers;
import app.involvement.training.NewSupportRequest;
import app.involvement.training.SupportKind;
import app.involvement.training.SupportLimits;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * Ask for practical support: what kind, details (needed for "something else"), and optionally the date.
 * Used by partners for themselves and by staff for a partner; the service checks the same rules again.
 */
class SupportRequestForm extends Composite<Div> {

    private final RadioButtonGroup<SupportKind> kind = new RadioButtonGroup<>();
    private final TextArea details = new TextArea();
    private final DatePicker neededOn = UkDatePickers.ukFormat(new DatePicker());

    SupportRequestForm(String buttonText, Consumer<NewSupportRequest> send, Runnable onSent) {
        kind.setLabel(getTranslation("my-support.kind"));
        kind.setItems(SupportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("my-support.kind." + k));
        kind.setRequiredIndicatorVisible(true);
        kind.addThemeName("vertical");
        kind.setId("support-kind");
        details.setLabel(getTranslation("my-support.details"));
        details.setHelperText(getTranslation("my-support.details.help"));
        details.setMaxLength(SupportLimits.DETAILS);
        details.setId("support-details");
        neededOn.setLabel(getTranslation("my-support.date"));
        neededOn.setHelperText(getTranslation("my-support.date.help"));
        neededOn.setManualValidation(true);
        var submit = new Button(buttonText, e -> submit(send, onSent));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setId("support-send");
        getContent().addClassName("stacked-form");
        getContent().add(kind, details, neededOn, submit);
    }

    private void submit(Consumer<NewSupportRequest> send, Runnable onSent) {
        kind.setInvalid(false);
        details.setInvalid(false);
        neededOn.setInvalid(false);
        try {
            send.accept(new NewSupportRequest(kind.getValue(), details.getValue(), neededOn.getValue()));
            kind.clear();
            details.clear();
            neededOn.clear();
            Notices.success(getTranslation("my-support.sent"));
            onSent.run();
        } catch (BusinessRuleException refused) {
            String message = Notices.message(refused);
            switch (refused.messageKey()) {
                case "my-support.kind-required" -> {
                    kind.setErrorMessage(message);
                    kind.setInvalid(true);
                }
                case "my-support.date-in-past" -> {
                    neededOn.setErrorMessage(message);
                    neededOn.setInvalid(true);
                    neededOn.focus();
                }
                default -> {
                    details.setErrorMessage(message);
                    details.setInvalid(true);
                    details.focus();
                }
            }
        }
    }
}
