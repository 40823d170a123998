package app.involvement.provider.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.Role;
import app.involvement.provider.ActivityArea;
import app.involvement.provider.ReferenceData;
import app.involvement.provider.ReferenceItem;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.function.Supplier;

/**
 * A short list of the provider's reference data (at most {@link ReferenceData#MAX_ITEMS} entries, so
 * it is shown in full). The lead adds and renames entries; ids stay the same. Coordinators read.
 */
abstract class ReferenceListView extends VerticalLayout implements HasDynamicTitle {

    /** Adds an entry; {@code area} is null for lists without areas. */
    interface Adder {
        ReferenceItem add(String name, ActivityArea area);
    }

    /** Renames an entry (and for activity types, moves it to another area). */
    interface Changer {
        ReferenceItem change(Long id, String name, ActivityArea area);
    }

    static final class Form {
        String name = "";
        ActivityArea area;
    }

    private final String prefix;
    private final Supplier<List<ReferenceItem>> items;
    private final Grid<ReferenceItem> grid = new Grid<>();

    /** @param prefix bundle key prefix of the list, e.g. {@code categories} */
    ReferenceListView(String prefix, boolean withArea, CurrentUser currentUser, Supplier<List<ReferenceItem>> items,
            Adder adder, Changer changer) {
        this(prefix, withArea, currentUser, items, adder, changer, null);
    }

    /** @param replacer for a change of meaning (a new entry replaces the old), or null where every change is a rename */
    ReferenceListView(String prefix, boolean withArea, CurrentUser currentUser, Supplier<List<ReferenceItem>> items,
            Adder adder, Changer changer, Changer replacer) {
        this.prefix = prefix;
        this.items = items;
        boolean lead = currentUser.get().flatMap(u -> u.currentRole()).filter(Role.LEAD::equals).isPresent();
        add(new PageHeader(getTranslation(prefix + ".title"),
                getTranslation(prefix + (lead ? ".lead" : ".lead.read-only"))));
        if (lead) {
            add(new H2(getTranslation(prefix + ".add")), addForm(withArea, adder));
        }
        grid.addColumn(ReferenceItem::name).setHeader(getTranslation("reference.name")).setAutoWidth(true).setFlexGrow(1);
        if (withArea) {
            grid.addColumn(i -> getTranslation("area." + i.area())).setHeader(getTranslation("reference.area")).setAutoWidth(true);
        }
        if (lead) {
            grid.addComponentColumn(i -> renameButton(i, withArea, changer, replacer)).setHeader(getTranslation("reference.actions"));
        }
        grid.setAriaLabel(getTranslation(prefix + ".title"));
        grid.setAllRowsVisible(true);
        refresh();
        add(grid);
    }

    private FormLayout addForm(boolean withArea, Adder adder) {
        var binder = new Binder<Form>();
        var name = nameField(getTranslation("reference.name"));
        binder.forField(name).asRequired(getTranslation("field.required"))
                .withValidator(v -> !v.isBlank(), getTranslation("field.required"))
                .withValidator(new StringLengthValidator(getTranslation("field.too-long", ReferenceData.NAME_MAX), 1, ReferenceData.NAME_MAX))
                .bind(f -> f.name, (f, v) -> f.name = v);
        var area = areaSelect();
        if (withArea) {
            // not asRequired: Vaadin puts aria-required on the select's button, which axe rejects (ARIA misuse)
            binder.forField(area).withValidator(java.util.Objects::nonNull, getTranslation("field.required"))
                    .bind(f -> f.area, (f, v) -> f.area = v);
        }
        binder.setBean(new Form());
        var save = new Button(getTranslation(prefix + ".add.save"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                var added = adder.add(binder.getBean().name, withArea ? binder.getBean().area : null);
                Notices.success(getTranslation("reference.added", added.name()));
                binder.setBean(new Form());
                refresh();
            } catch (BusinessRuleException refused) {
                name.setErrorMessage(Notices.message(refused));
                name.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var form = withArea ? new FormLayout(name, area, save) : new FormLayout(name, save);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", withArea ? 3 : 2));
        form.setMaxWidth("60rem");
        return form;
    }

    private Button renameButton(ReferenceItem item, boolean withArea, Changer changer, Changer replacer) {
        var rename = new Button(getTranslation("reference.rename"),
                e -> new ReferenceItemDialog(item, withArea, changer, replacer, this::refresh).open());
        rename.addThemeVariants(ButtonVariant.TERTIARY);
        rename.setAriaLabel(getTranslation("reference.rename-of", item.name()));
        return rename;
    }

    static TextField nameField(String label) {
        var name = new TextField(label);
        name.setMaxLength(ReferenceData.NAME_MAX);
        name.setRequired(true);
        return name;
    }

    Select<ActivityArea> areaSelect() {
        var area = new Select<ActivityArea>();
        area.setLabel(getTranslation("reference.area"));
        area.setItems(ActivityArea.values());
        area.setItemLabelGenerator(a -> getTranslation("area." + a));
        return area;
    }

    private void refresh() {
        grid.setItems(items.get());
    }

    @Override
    public String getPageTitle() {
        return getTranslation(prefix + ".title");
    }
}
