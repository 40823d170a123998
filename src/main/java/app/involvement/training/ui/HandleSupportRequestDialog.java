package app.involvement.training.ui;

import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import app.involvement.training.SupportLimits;
import app.involvement.training.SupportRequestRow;
import app.involvement.training.SupportRequests;
import app.involvement.training.SupportStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** Arrange a support request (saying what was arranged) or decline it (with a reason the partner sees). */
class HandleSupportRequestDialog extends Dialog {

    private final RadioButtonGroup<SupportStatus> outcome = new RadioButtonGroup<>();
    private final TextArea text = new TextArea();

    HandleSupportRequestDialog(SupportRequests requests, SupportRequestRow request, Runnable onHandled) {
        setHeaderTitle(getTranslation("support.handle.title", request.partnerName()));
        outcome.setLabel(getTranslation("support.handle.outcome"));
        outcome.setItems(SupportStatus.ARRANGED, SupportStatus.DECLINED);
        outcome.setItemLabelGenerator(s -> getTranslation("support.handle." + s));
        outcome.setValue(SupportStatus.ARRANGED);
        outcome.addValueChangeListener(e -> label());
        text.setMaxLength(SupportLimits.OUTCOME);
        text.setRequired(true);
        text.setWidthFull();
        label();
        add(new Paragraph(getTranslation("support.handle.summary", SupportTexts.what(this, request), SupportTexts.when(this, request))), outcome, text);

        var save = new Button(getTranslation("support.handle.save"), e -> {
            try {
                if (outcome.getValue() == SupportStatus.DECLINED) {
                    requests.decline(request.id(), text.getValue());
                } else {
                    requests.arrange(request.id(), text.getValue());
                }
                Notices.success(getTranslation("support.handle.saved." + outcome.getValue(), request.partnerName()));
                close();
                onHandled.run();
            } catch (BusinessRuleException refused) {
                text.setErrorMessage(Notices.message(refused));
                text.setInvalid(true);
                text.focus();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void label() {
        boolean declined = outcome.getValue() == SupportStatus.DECLINED;
        text.setLabel(getTranslation(declined ? "support.handle.reason" : "support.handle.what"));
        text.setHelperText(getTranslation(declined ? "support.handle.reason.help" : "support.handle.what.help"));
    }
}
