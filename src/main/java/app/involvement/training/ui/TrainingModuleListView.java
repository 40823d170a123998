package app.involvement.training.ui;

import app.involvement.identity.Role;
import app.involvement.shared.ui.EmptyState;
import app.involvement.shared.ui.PageHeader;
import app.involvement.training.TrainingModuleSummary;
import app.involvement.training.TrainingModules;
import app.involvement.training.TrainingNavigation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/** The provider's training modules (at most a couple of hundred, one query), each linked to its details. */
@Route(TrainingNavigation.MODULES)
@Menu(title = "menu.training-modules", order = 45)
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR})
class TrainingModuleListView extends VerticalLayout implements HasDynamicTitle {

    TrainingModuleListView(TrainingModules modules) {
        var add = new Button(getTranslation("training.module.add"), e -> new TrainingModuleDialog(modules, null, null,
                id -> UI.getCurrent().navigate(TrainingModuleDetailsView.class, TrainingNavigation.moduleParameters(id)))
                .open());
        add.setId("training-module-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add(new PageHeader(getTranslation("training.modules.title"), getTranslation("training.modules.lead"), add));
        var list = modules.list();
        if (list.isEmpty()) {
            add(new EmptyState(getTranslation("training.modules.none"), getTranslation("training.modules.none.text")));
            return;
        }
        var grid = new Grid<TrainingModuleSummary>();
        grid.addComponentColumn(m -> new RouterLink(m.title(), TrainingModuleDetailsView.class,
                TrainingNavigation.moduleParameters(m.id()))).setHeader(getTranslation("training.module.title"))
                .setFlexGrow(1);
        grid.addColumn(m -> getTranslation("training.delivery." + m.delivery()))
                .setHeader(getTranslation("training.module.delivery")).setAutoWidth(true);
        grid.addColumn(m -> validity(m.validityMonths())).setHeader(getTranslation("training.module.validity"))
                .setAutoWidth(true);
        grid.setAriaLabel(getTranslation("training.modules.title"));
        grid.setItems(list);
        add(grid);
        setSizeFull();
    }

    private String validity(Integer months) {
        return months == null ? getTranslation("training.validity.none") : getTranslation("training.validity.months", months);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.modules.title");
    }
}
