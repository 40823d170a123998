package app.involvement.provider.ui;

import app.involvement.identity.Role;
import app.involvement.provider.ProgrammeNavigation;
import app.involvement.provider.ProgrammeSummary;
import app.involvement.provider.Programmes;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/** The provider's programmes, each linked to its details. */
@Route(ProgrammeNavigation.LIST)
@Menu(title = "menu.programmes", order = 20)
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR, Role.Names.FINANCE})
class ProgrammeListView extends VerticalLayout implements HasDynamicTitle {

    ProgrammeListView(Programmes programmes) {
        add(new PageHeader(getTranslation("programmes.title"), getTranslation("programmes.lead")));
        var grid = new Grid<ProgrammeSummary>();
        grid.addComponentColumn(p -> new RouterLink(p.name(), ProgrammeDetailsView.class, ProgrammeNavigation.parameters(p.id())))
                .setHeader(getTranslation("programmes.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(p -> getTranslation("profession." + p.profession())).setHeader(getTranslation("programmes.profession")).setAutoWidth(true);
        grid.addColumn(ProgrammeSummary::level).setHeader(getTranslation("programmes.level"));
        grid.setAriaLabel(getTranslation("programmes.title"));
        grid.setItemsPageable(programmes::list, p -> programmes.count());
        add(grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programmes.title");
    }
}
