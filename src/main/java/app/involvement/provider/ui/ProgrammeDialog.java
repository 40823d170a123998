package app.involvement.provider.ui;

import app.involvement.identity.StaffChoice;
import app.involvement.provider.HcpcProfession;
import app.involvement.provider.ProgrammeDetails;
import app.involvement.provider.ProgrammeInput;
import app.involvement.provider.ProgrammeLimits;
import app.involvement.provider.Programmes;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/** Add a programme, or edit one: name, HCPC profession, level, named involvement lead and coordinator. */
class ProgrammeDialog extends Dialog {

    /** The form's state; an input record is built from it only when every field is valid. */
    static final class Form {
        String name = "";
        HcpcProfession profession;
        String level = "";
        StaffChoice lead;
        StaffChoice coordinator;
    }

    private final TextField name = text("programmes.name", ProgrammeLimits.NAME);
    private final ComboBox<HcpcProfession> profession = new ComboBox<>(getTranslation("programmes.profession"));
    private final TextField level = text("programmes.level", ProgrammeLimits.LEVEL);
    private final ComboBox<StaffChoice> lead = new ComboBox<>(getTranslation("programmes.named-lead"));
    private final ComboBox<StaffChoice> coordinator = new ComboBox<>(getTranslation("programmes.named-coordinator"));

    /**
     * @param existing the programme to edit, or null to add one
     * @param onSaved  receives the id of the saved programme
     */
    ProgrammeDialog(Programmes programmes, List<StaffChoice> choices, ProgrammeDetails existing, Consumer<Long> onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "programmes.add" : "programmes.edit"));
        profession.setItems(Arrays.stream(HcpcProfession.values())
                .sorted(Comparator.comparing(p -> getTranslation("profession." + p))).toList());
        profession.setItemLabelGenerator(p -> getTranslation("profession." + p));
        profession.setRequired(true);
        level.setHelperText(getTranslation("programmes.level.help"));
        for (var staff : List.of(lead, coordinator)) {
            staff.setItems(choices);
            staff.setItemLabelGenerator(c -> getTranslation("programmes.staff-choice", c.displayName(),
                    getTranslation("role." + c.role())));
            staff.setClearButtonVisible(true);
            staff.setHelperText(getTranslation("programmes.named.help"));
        }

        var binder = new Binder<Form>();
        binder.forField(name).asRequired(getTranslation("field.required"))
                .withValidator(v -> !v.isBlank(), getTranslation("field.required"))
                .withValidator(new StringLengthValidator(getTranslation("field.too-long", ProgrammeLimits.NAME), 1, ProgrammeLimits.NAME))
                .bind(f -> f.name, (f, v) -> f.name = v);
        binder.forField(profession).asRequired(getTranslation("field.required"))
                .bind(f -> f.profession, (f, v) -> f.profession = v);
        binder.forField(level).asRequired(getTranslation("field.required"))
                .withValidator(v -> !v.isBlank(), getTranslation("field.required"))
                .withValidator(new StringLengthValidator(getTranslation("field.too-long", ProgrammeLimits.LEVEL), 1, ProgrammeLimits.LEVEL))
                .bind(f -> f.level, (f, v) -> f.level = v);
        binder.forField(lead).bind(f -> f.lead, (f, v) -> f.lead = v);
        binder.forField(coordinator).bind(f -> f.coordinator, (f, v) -> f.coordinator = v);
        var form = new Form();
        if (existing != null) {
            form.name = existing.name();
            form.profession = existing.profession();
            form.level = existing.level();
            form.lead = find(choices, existing.leadUserId());
            form.coordinator = find(choices, existing.coordinatorUserId());
        }
        binder.setBean(form);

        var layout = new FormLayout(name, profession, level, lead, coordinator);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        layout.setColspan(name, 2);
        add(layout);

        var save = new Button(getTranslation("programmes.save"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            var input = new ProgrammeInput(form.name, form.profession, form.level, idOf(form.lead), idOf(form.coordinator));
            try {
                Long id = existing == null ? programmes.add(input).id() : programmes.update(existing.id(), input).id();
                Notices.success(getTranslation("programmes.saved", form.name.trim()));
                close();
                onSaved.accept(id);
            } catch (BusinessRuleException refused) {
                showRefusal(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void showRefusal(BusinessRuleException refused) {
        com.vaadin.flow.component.HasValidation field = switch (refused.messageKey()) {
            case "programme.name.taken" -> name;
            case "programme.staff.unknown" -> lead;
            default -> null;
        };
        if (field == null) {
            Notices.error(Notices.message(refused));
        } else {
            field.setErrorMessage(Notices.message(refused));
            field.setInvalid(true);
        }
    }

    private static StaffChoice find(List<StaffChoice> choices, Long userId) {
        return choices.stream().filter(c -> c.userId().equals(userId)).findFirst().orElse(null);
    }

    private static Long idOf(StaffChoice choice) {
        return choice == null ? null : choice.userId();
    }

    private TextField text(String labelKey, int maxLength) {
        var field = new TextField(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        field.setRequired(true);
        return field;
    }
}
