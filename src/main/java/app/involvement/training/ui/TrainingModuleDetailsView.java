package app.involvement.training.ui;

import app.involvement.identity.Role;
import app.involvement.provider.ReferenceData;
import app.involvement.provider.ReferenceItem;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.PageHeader;
import app.involvement.training.TrainingMaterial;
import app.involvement.training.TrainingModuleDetails;
import app.involvement.training.TrainingEvents;
import app.involvement.training.TrainingModules;
import app.involvement.training.TrainingNavigation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;

/**
 * One training module: what it is, which activity types require it, and its materials. Another provider's
 * module id is "not found", exactly like an unknown id.
 */
@Route(TrainingNavigation.MODULES + "/:moduleId([0-9]{1,18})")
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR})
class TrainingModuleDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TrainingModules modules;
    private final ReferenceData referenceData;
    private final TrainingEvents events;
    private String title = "";

    TrainingModuleDetailsView(TrainingModules modules, ReferenceData referenceData, TrainingEvents events) {
        this.modules = modules;
        this.events = events;
        this.referenceData = referenceData;
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var module = event.getRouteParameters().getLong("moduleId").flatMap(modules::find)
                .orElseThrow(NotFoundException::new);
        show(module);
    }

    private void show(TrainingModuleDetails module) {
        removeAll();
        var input = module.input();
        title = input.title();
        var edit = new Button(getTranslation("training.module.edit"), e -> new TrainingModuleDialog(modules, module.id(),
                input, id -> modules.find(id).ifPresent(this::show)).open());
        edit.setId("training-module-edit");
        add(new RouterLink(getTranslation("training.modules.back"), TrainingModuleListView.class),
                new PageHeader(title, input.description(), edit));
        var facts = new DescriptionList();
        facts.add(new Term(getTranslation("training.module.delivery")),
                new Description(getTranslation("training.delivery." + input.delivery())));
        facts.add(new Term(getTranslation("training.module.validity")),
                new Description(input.validityMonths() == null ? getTranslation("training.validity.none")
                        : getTranslation("training.validity.months", input.validityMonths())));
        add(facts);
        add(requirements(module));
        add(new TrainingMaterialsSection(modules, module.id(), module.materials(), () -> reloadMaterials(module.id())));
        add(new TrainingEventsSection(events, module.id()));
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private VerticalLayout requirements(TrainingModuleDetails module) {
        List<ReferenceItem> types = referenceData.activityTypes();
        var group = new CheckboxGroup<ReferenceItem>(getTranslation("training.requirements.label"));
        group.setId("training-requirements");
        group.setItems(types);
        group.setItemLabelGenerator(ReferenceItem::name);
        group.setValue(Set.copyOf(types.stream().filter(t -> module.requiredFor().contains(t.id())).toList()));
        var save = new Button(getTranslation("training.requirements.save"), e -> {
            modules.requireFor(module.id(), Set.copyOf(group.getValue().stream().map(ReferenceItem::id).toList()));
            Notices.success(getTranslation("training.requirements.saved"));
        });
        save.setId("training-requirements-save");
        var section = new VerticalLayout(new H2(getTranslation("training.requirements")),
                new Paragraph(getTranslation("training.requirements.lead")), group, save);
        section.setPadding(false);
        return section;
    }

    private List<TrainingMaterial> reloadMaterials(Long moduleId) {
        return modules.find(moduleId).map(TrainingModuleDetails::materials).orElse(List.of());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.module.page-title", title);
    }
}
