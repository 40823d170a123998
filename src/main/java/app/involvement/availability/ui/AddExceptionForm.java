package app.involvement.availability.ui;

import app.involvement.availability.AvailabilityLimits;
import app.involvement.availability.MyAvailability;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.UkDatePickers;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

/** Add dates on which the weekly pattern does not apply; every refusal is explained next to the field. */
class AddExceptionForm extends Composite<Div> {

    private final DatePicker from = UkDatePickers.ukFormat(new DatePicker());
    private final DatePicker to = UkDatePickers.ukFormat(new DatePicker());
    private final RadioButtonGroup<Boolean> kind = new RadioButtonGroup<>();
    private final TextField note = new TextField();

    AddExceptionForm(MyAvailability availability, Runnable onAdded) {
        from.setLabel(getTranslation("availability.from"));
        to.setLabel(getTranslation("availability.to"));
        from.setRequiredIndicatorVisible(true);
        to.setRequiredIndicatorVisible(true);
        // The service's refusals are shown next to the field; the pickers' own check would mark the
        // emptied fields red, without a message, right after a successful add.
        from.setManualValidation(true);
        to.setManualValidation(true);
        kind.setLabel(getTranslation("availability.kind"));
        kind.setItems(Boolean.FALSE, Boolean.TRUE);
        kind.setItemLabelGenerator(free -> getTranslation(free ? "availability.kind.free" : "availability.kind.away"));
        kind.setValue(Boolean.FALSE);
        note.setLabel(getTranslation("availability.note"));
        note.setMaxLength(AvailabilityLimits.NOTE);
        note.setHelperText(getTranslation("availability.note.help"));
        var add = new Button(getTranslation("availability.add"), e -> {
            from.setInvalid(false);
            to.setInvalid(false);
            try {
                availability.addException(from.getValue(), to.getValue(), kind.getValue(), note.getValue());
                from.clear();
                to.clear();
                note.clear();
                Notices.success(getTranslation("availability.added"));
                onAdded.run();
            } catch (BusinessRuleException refused) {
                var field = from.getValue() == null ? from : to;
                field.setErrorMessage(Notices.message(refused));
                field.setInvalid(true);
                field.focus();
            }
        });
        getContent().addClassName("stacked-form");
        getContent().add(from, to, kind, note, add);
    }
}
