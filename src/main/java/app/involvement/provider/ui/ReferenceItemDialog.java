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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;

/** Rename an experience category or activity type (and move a type to another area); its id stays. */
class ReferenceItemDialog extends Dialog {

    ReferenceItemDialog(ReferenceItem item, boolean withArea, ReferenceListView.Changer changer, Runnable onSaved) {
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
        add(withArea ? new FormLayout(name, area) : new FormLayout(name));

        var save = new Button(getTranslation("reference.rename.save"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                var saved = changer.change(item.id(), form.name, withArea ? form.area : null);
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
