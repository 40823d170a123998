package app.involvement.training.ui;

import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import app.involvement.training.TrainingDelivery;
import app.involvement.training.TrainingLimits;
import app.involvement.training.TrainingModuleInput;
import app.involvement.training.TrainingModules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.function.Consumer;

/** Adds or edits a training module: title, description, how it is delivered and how long it stays valid. */
class TrainingModuleDialog extends Dialog {

    /** The form's working copy. */
    static final class Form {
        String title = "";
        String description = "";
        TrainingDelivery delivery = TrainingDelivery.ONLINE;
        Integer validityMonths;
    }

    private final TextField title = new TextField(getTranslation("training.module.title"));
    private final TextArea description = new TextArea(getTranslation("training.module.description"));
    private final RadioButtonGroup<TrainingDelivery> delivery = new RadioButtonGroup<>(getTranslation("training.module.delivery"));
    private final IntegerField validity = new IntegerField(getTranslation("training.module.validity"));

    /** @param moduleId the module to edit with its current values, or null to add one */
    TrainingModuleDialog(TrainingModules modules, Long moduleId, TrainingModuleInput current, Consumer<Long> onSaved) {
        setHeaderTitle(getTranslation(moduleId == null ? "training.module.add" : "training.module.edit"));
        title.setId("training-module-title");
        title.setMaxLength(TrainingLimits.TITLE);
        title.setRequired(true);
        description.setMaxLength(TrainingLimits.DESCRIPTION);
        delivery.setItems(TrainingDelivery.values());
        delivery.setItemLabelGenerator(d -> getTranslation("training.delivery." + d));
        validity.setId("training-module-validity");
        validity.setHelperText(getTranslation("training.module.validity.help"));
        validity.setMin(1);
        validity.setMax(TrainingLimits.MAX_VALIDITY_MONTHS);

        var binder = new Binder<Form>();
        binder.forField(title).asRequired(getTranslation("field.required"))
                .withValidator(v -> !v.isBlank(), getTranslation("field.required"))
                .withValidator(new StringLengthValidator(getTranslation("field.too-long", TrainingLimits.TITLE), 1,
                        TrainingLimits.TITLE))
                .bind(f -> f.title, (f, v) -> f.title = v);
        binder.forField(description)
                .withValidator(new StringLengthValidator(getTranslation("field.too-long", TrainingLimits.DESCRIPTION), 0,
                        TrainingLimits.DESCRIPTION))
                .bind(f -> f.description, (f, v) -> f.description = v);
        binder.forField(delivery).asRequired(getTranslation("field.required")).bind(f -> f.delivery, (f, v) -> f.delivery = v);
        binder.forField(validity)
                .withValidator(new IntegerRangeValidator(getTranslation("training.module.validity-range",
                        TrainingLimits.MAX_VALIDITY_MONTHS), 1, TrainingLimits.MAX_VALIDITY_MONTHS))
                .bind(f -> f.validityMonths, (f, v) -> f.validityMonths = v);
        var form = new Form();
        if (current != null) {
            form.title = current.title();
            form.description = current.description() == null ? "" : current.description();
            form.delivery = current.delivery();
            form.validityMonths = current.validityMonths();
        }
        binder.setBean(form);
        add(new FormLayout(title, description, delivery, validity));

        var save = new Button(getTranslation("training.module.save"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            var input = new TrainingModuleInput(form.title, form.description, form.delivery, form.validityMonths);
            try {
                Long id = moduleId;
                if (id == null) {
                    id = modules.create(input);
                } else {
                    modules.update(id, input);
                }
                Notices.success(getTranslation("training.module.saved", form.title.trim()));
                close();
                onSaved.accept(id);
            } catch (BusinessRuleException refused) {
                title.setErrorMessage(Notices.message(refused));
                title.setInvalid(true);
            }
        });
        save.setId("training-module-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
