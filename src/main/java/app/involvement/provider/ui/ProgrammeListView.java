package app.involvement.provider.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.Role;
import app.involvement.identity.StaffDirectory;
import app.involvement.provider.ProgrammeNavigation;
import app.involvement.provider.ProgrammeSummary;
import app.involvement.provider.Programmes;
import app.involvement.shared.ui.PageHeader;
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
import java.util.Set;

/** The provider's programmes, each linked to its details; leads and coordinators add programmes here. */
@Route(ProgrammeNavigation.LIST)
@Menu(title = "menu.programmes", order = 20)
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR, Role.Names.FINANCE})
class ProgrammeListView extends VerticalLayout implements HasDynamicTitle {

    private static final Set<Role> EDITORS = Set.of(Role.LEAD, Role.COORDINATOR);

    ProgrammeListView(Programmes programmes, StaffDirectory staff, CurrentUser currentUser) {
        if (canEdit(currentUser)) {
            var add = new Button(getTranslation("programmes.add"), e -> new ProgrammeDialog(programmes, staff.choices(), null,
                    id -> UI.getCurrent().navigate(ProgrammeDetailsView.class, ProgrammeNavigation.parameters(id))).open());
            add.addThemeVariants(ButtonVariant.PRIMARY);
            add(new PageHeader(getTranslation("programmes.title"), getTranslation("programmes.lead"), add));
        } else {
            add(new PageHeader(getTranslation("programmes.title"), getTranslation("programmes.lead")));
        }
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

    /** Leads and coordinators add and edit programmes and definitions (DD007); the service checks again. */
    static boolean canEdit(CurrentUser currentUser) {
        return currentUser.get().flatMap(u -> u.currentRole()).filter(EDITORS::contains).isPresent();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programmes.title");
    }
}
