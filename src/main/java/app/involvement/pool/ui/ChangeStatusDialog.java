package app.involvement.pool.ui;

import app.involvement.pool.PartnerDetails;
import app.involvement.pool.PartnerLimits;
import app.involvement.pool.PartnerStatus;
import app.involvement.pool.Pool;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.UkDatePickers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;

/** Moves a partner along applicant → active → resting → left, with a date and a reason. */
class ChangeStatusDialog extends Dialog {

    ChangeStatusDialog(Pool pool, PartnerDetails partner, Runnable onChanged) {
        setHeaderTitle(getTranslation("pool.status.change"));
        var status = new RadioButtonGroup<PartnerStatus>(getTranslation("pool.status.new"));
        status.setItems(partner.status().next().stream().sorted().toList());
        status.setItemLabelGenerator(s -> getTranslation("pool.status." + s));
        status.setRequired(true);
        var on = UkDatePickers.ukFormat(new DatePicker(getTranslation("pool.status.on"), LocalDate.now()));
        on.setMax(LocalDate.now());
        on.setMin(partner.statusSince());
        on.setRequired(true);
        var reason = new TextArea(getTranslation("pool.status.reason"));
        reason.setHelperText(getTranslation("pool.status.reason.help"));
        reason.setMaxLength(PartnerLimits.REASON);
        reason.setRequired(true);
        reason.setWidthFull();
        add(status, on, reason);

        var save = new Button(getTranslation("pool.save"), e -> {
            if (status.isEmpty()) {
                status.setErrorMessage(getTranslation("pool.error.status-move"));
                status.setInvalid(true);
                return;
            }
            try {
                pool.changeStatus(partner.id(), status.getValue(), on.getValue(), reason.getValue());
                Notices.success(getTranslation("pool.status.changed", partner.profile().preferredName(),
                        getTranslation("pool.status." + status.getValue())));
                close();
                onChanged.run();
            } catch (BusinessRuleException refused) {
                var field = switch (refused.messageKey()) {
                    case "pool.error.status-date" -> on;
                    case "pool.error.reason" -> reason;
                    default -> status;
                };
                field.setErrorMessage(Notices.message(refused));
                field.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
