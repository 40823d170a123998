package app.involvement.training.ui;

import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.UkDatePickers;
import app.involvement.training.TrainingItem;
import app.involvement.training.TrainingLimits;
import app.involvement.training.TrainingRecords;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;

/** Staff record that a partner completed a module: on which day and how they know. */
class RecordCompletionDialog extends Dialog {

    RecordCompletionDialog(TrainingRecords records, Long partnerId, TrainingItem item, Runnable onSaved) {
        setHeaderTitle(getTranslation("training.record.title", item.title()));
        var date = UkDatePickers.ukFormat(new DatePicker(getTranslation("training.record.date")));
        date.setId("training-record-date");
        date.setRequired(true);
        date.setMax(LocalDate.now(app.involvement.shared.UkFormats.UK_TIME));
        date.setValue(LocalDate.now(app.involvement.shared.UkFormats.UK_TIME));
        var evidence = new TextField(getTranslation("training.record.evidence"));
        evidence.setId("training-record-evidence");
        evidence.setMaxLength(TrainingLimits.EVIDENCE);
        evidence.setRequired(true);
        evidence.setHelperText(getTranslation("training.record.evidence.help"));
        add(new FormLayout(date, evidence));
        var save = new Button(getTranslation("training.record.save"), e -> {
            if (date.isInvalid() || date.getValue() == null) {
                date.setErrorMessage(getTranslation("field.required"));
                date.setInvalid(true);
                return;
            }
            try {
                records.recordCompletion(partnerId, item.moduleId(), date.getValue(), evidence.getValue());
                Notices.success(getTranslation("training.record.saved", item.title()));
                close();
                onSaved.run();
            } catch (BusinessRuleException refused) {
                var field = refused.messageKey().startsWith("training.record") ? (com.vaadin.flow.component.HasValidation) date
                        : evidence;
                field.setErrorMessage(Notices.message(refused));
                field.setInvalid(true);
            }
        });
        save.setId("training-record-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
