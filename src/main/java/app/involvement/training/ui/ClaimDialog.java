package app.involvement.training.ui;

import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.UkDatePickers;
import app.involvement.training.TrainingItem;
import app.involvement.training.TrainingRecords;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;

/** A partner tells us they have done a module, and when; staff then check it. */
class ClaimDialog extends Dialog {

    ClaimDialog(TrainingRecords records, TrainingItem item, Runnable onSaved) {
        setHeaderTitle(getTranslation("training.my.claim.title", item.title()));
        LocalDate today = LocalDate.now(UkFormats.UK_TIME);
        var date = UkDatePickers.ukFormat(new DatePicker(getTranslation("training.my.claim.date")));
        date.setId("training-claim-date");
        date.setRequired(true);
        date.setMax(today);
        date.setValue(today);
        add(new Paragraph(getTranslation("training.my.claim.lead")), date);
        var save = new Button(getTranslation("training.my.claim.save"), e -> {
            if (date.isInvalid() || date.getValue() == null) {
                date.setErrorMessage(getTranslation("training.record.in-future"));
                date.setInvalid(true);
                return;
            }
            try {
                records.claim(item.moduleId(), date.getValue());
                Notices.success(getTranslation("training.my.claim.saved"));
                close();
                onSaved.run();
            } catch (BusinessRuleException refused) {
                date.setErrorMessage(Notices.message(refused));
                date.setInvalid(true);
            }
        });
        save.setId("training-claim-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
