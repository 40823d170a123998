package app.involvement.training.ui;

import app.involvement.identity.StaffChoice;
import app.involvement.provider.ReferenceItem;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.UkDatePickers;
import app.involvement.training.RiskAssessmentInput;
import app.involvement.training.RiskAssessments;
import app.involvement.training.SupportLimits;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;

/**
 * Add or change a risk assessment: activity type (and, for one planned session, its name and date),
 * hazards, who may be harmed, controls, reviewer, assessment date and review date.
 */
class RiskAssessmentDialog extends Dialog {

    private final ComboBox<ReferenceItem> type = new ComboBox<>();
    private final TextField session = new TextField();
    private final DatePicker sessionDate = UkDatePickers.ukFormat(new DatePicker());
    private final TextArea hazards = new TextArea();
    private final TextArea who = new TextArea();
    private final TextArea controls = new TextArea();
    private final ComboBox<StaffChoice> reviewer = new ComboBox<>();
    private final DatePicker assessedOn = UkDatePickers.ukFormat(new DatePicker());
    private final DatePicker reviewOn = UkDatePickers.ukFormat(new DatePicker());

    /** {@code id} null adds a new one; {@code existing} fills the fields. */
    RiskAssessmentDialog(RiskAssessments assessments, List<ReferenceItem> types, List<StaffChoice> staff, Long id,
            RiskAssessmentInput existing, LocalDate today, Runnable onSaved) {
        setHeaderTitle(getTranslation(id == null ? "risk.add" : "risk.edit"));
        setWidth("min(48rem, 100%)");
        type.setLabel(getTranslation("risk.field.type"));
        type.setItems(types);
        type.setItemLabelGenerator(ReferenceItem::name);
        type.setRequired(true);
        session.setLabel(getTranslation("risk.field.session"));
        session.setHelperText(getTranslation("risk.field.session.help"));
        session.setMaxLength(SupportLimits.SESSION_REFERENCE);
        sessionDate.setLabel(getTranslation("risk.field.session-date"));
        text(hazards, "risk.field.hazards", SupportLimits.HAZARDS);
        text(who, "risk.field.who", SupportLimits.WHO_MAY_BE_HARMED);
        text(controls, "risk.field.controls", SupportLimits.CONTROLS);
        reviewer.setLabel(getTranslation("risk.field.reviewer"));
        reviewer.setItems(staff);
        reviewer.setItemLabelGenerator(StaffChoice::displayName);
        reviewer.setRequired(true);
        assessedOn.setLabel(getTranslation("risk.field.assessed"));
        assessedOn.setRequired(true);
        assessedOn.setManualValidation(true);
        reviewOn.setLabel(getTranslation("risk.field.review"));
        reviewOn.setRequired(true);
        reviewOn.setManualValidation(true);
        if (existing == null) {
            assessedOn.setValue(today);
            reviewOn.setValue(today.plusYears(1));
        } else {
            types.stream().filter(t -> t.id().equals(existing.activityTypeId())).findFirst().ifPresent(type::setValue);
            staff.stream().filter(s -> s.userId().equals(existing.reviewerUserId())).findFirst().ifPresent(reviewer::setValue);
            session.setValue(existing.sessionReference() == null ? "" : existing.sessionReference());
            sessionDate.setValue(existing.sessionDate());
            hazards.setValue(existing.hazards());
            who.setValue(existing.whoMayBeHarmed());
            controls.setValue(existing.controls());
            assessedOn.setValue(existing.assessedOn());
            reviewOn.setValue(existing.reviewOn());
        }
        var form = new FormLayout(type, reviewer, session, sessionDate, hazards, who, controls, assessedOn, reviewOn);
        form.setColspan(hazards, 2);
        form.setColspan(who, 2);
        form.setColspan(controls, 2);
        add(form);

        var save = new Button(getTranslation("risk.save"), e -> save(assessments, id, onSaved));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void text(TextArea area, String key, int max) {
        area.setLabel(getTranslation(key));
        area.setHelperText(getTranslation(key + ".help"));
        area.setMaxLength(max);
        area.setRequired(true);
    }

    private void save(RiskAssessments assessments, Long id, Runnable onSaved) {
        List.<HasValidation>of(type, session, hazards, who, controls, reviewer, assessedOn, reviewOn).forEach(f -> f.setInvalid(false));
        var input = new RiskAssessmentInput(type.getValue() == null ? null : type.getValue().id(), session.getValue(),
                sessionDate.getValue(), hazards.getValue(), who.getValue(), controls.getValue(),
                reviewer.getValue() == null ? null : reviewer.getValue().userId(), assessedOn.getValue(), reviewOn.getValue());
        try {
            if (id == null) {
                assessments.add(input);
            } else {
                assessments.update(id, input);
            }
            Notices.success(getTranslation("risk.saved"));
            close();
            onSaved.run();
        } catch (BusinessRuleException refused) {
            HasValidation field = switch (refused.messageKey()) {
                case "risk.assessed-in-future" -> assessedOn;
                case "risk.review-not-after-assessment" -> reviewOn;
                case "risk.reviewer-not-staff" -> reviewer;
                case "risk.session-date-without-session" -> session;
                default -> firstEmpty();
            };
            field.setErrorMessage(Notices.message(refused));
            field.setInvalid(true);
        }
    }

    /** The first required field left empty or too long, for "enter a value" refusals. */
    private HasValidation firstEmpty() {
        if (type.isEmpty()) {
            return type;
        }
        if (reviewer.isEmpty()) {
            return reviewer;
        }
        for (TextArea area : List.of(hazards, who, controls)) {
            if (area.getValue().isBlank() || area.getValue().length() > area.getMaxLength()) {
                return area;
            }
        }
        return assessedOn.isEmpty() ? assessedOn : reviewOn.isEmpty() ? reviewOn : hazards;
    }
}
