package app.involvement.provider.ui;

import app.involvement.provider.ActivityArea;
import app.involvement.provider.ReferenceData;
import app.involvement.provider.ReferenceItem;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;

/**
 * Rename an experience category or activity type (and move a type to another area); its id stays. For
 * experience categories the lead says whether the wording is corrected or the meaning changes: a change
 * of meaning replaces the category, because partners consented to what it meant (DD012).
 */
class ReferenceItemDialog extends Dialog {

    /** What a renamed experience category is: the same thing in better words, or something else. */
    enum Kind { WORDING, MEANING }

    ReferenceItemDialog(ReferenceItem item, boolean withArea, ReferenceListView.Changer changer,
            ReferenceListView.Changer replacer, Runnable onSaved) {
        setHeaderTitle(getTranslation("reference.rename.title", item.name()));
        var binder = new Binder<ReferenceListView.Form>();
        var name = ReferenceListView.nameField(getTranslation("reference.name"));
        binder.forField(name).asRequired(getTranslation("field.required"))
                .withValidator(v -> !v.isBlank(), getTranslation("field.required"))
                .withValidator(new StringLengthValidator(getTranslation("field.too-long", ReferenceData.NAME_MAX), 1, ReferenceData.NAME_MAX))
                .bind(f -> f.name, (f, v) -> f.name = v);
        var area = new Select<ActivityArea>();
        area.setLabel(getTranslation("reference.area"));
        area.setItems(ActivityArea.values());
        area.setItemLabelGenerator(a -> getTranslation("area." + a));
        if (withArea) {
            // not asRequired: see ReferenceListView
            binder.forField(area).withValidator(java.util.Objects::nonNull, getTranslation("field.required"))
                    .bind(f -> f.area, (f, v) -> f.area = v);
        }
        var form = new ReferenceListView.Form();
        form.name = item.name();
        form.area = item.area();
        binder.setBean(form);
        var kind = new RadioButtonGroup<Kind>(getTranslation("reference.change-kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("reference.change-kind." + k));
        kind.setHelperText(getTranslation("reference.change-kind.help"));
        var fields = withArea ? new FormLayout(name, area) : new FormLayout(name);
        if (replacer != null) {
            kind.setRequiredIndicatorVisible(true);
            fields.add(kind);
        }
        add(fields);

        var save = new Button(getTranslation("reference.rename.save"), e -> {
            boolean kindMissing = replacer != null && kind.getValue() == null;
            kind.setErrorMessage(getTranslation("reference.change-kind.required"));
            kind.setInvalid(kindMissing);
            if (!binder.validate().isOk() || kindMissing) {
                return;
            }
            try {
                var saved = (kind.getValue() == Kind.MEANING ? replacer : changer)
                        .change(item.id(), form.name, withArea ? form.area : null);
                Notices.success(getTranslation("reference.renamed", saved.name()));
                close();
                onSaved.run();
            } catch (BusinessRuleException refused) {
                name.setErrorMessage(Notices.message(refused));
                name.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
