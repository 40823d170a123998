package app.involvement.provider.ui;

import app.involvement.identity.Role;
import app.involvement.provider.ProgrammeNavigation;
import app.involvement.provider.Programmes;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/** One programme. An id of another provider's programme is "not found", exactly like an unknown id. */
@Route(ProgrammeNavigation.LIST + "/:programmeId([0-9]{1,18})")
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR, Role.Names.FINANCE})
class ProgrammeDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Programmes programmes;
    private String title = "";

    ProgrammeDetailsView(Programmes programmes) {
        this.programmes = programmes;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var programme = event.getRouteParameters().getLong("programmeId")
                .flatMap(programmes::find)
                .orElseThrow(NotFoundException::new);
        title = programme.name();
        removeAll();
        var back = new RouterLink(getTranslation("programmes.back"), ProgrammeListView.class);
        var facts = new DescriptionList();
        facts.add(new Term(getTranslation("programmes.profession")),
                new Description(getTranslation("profession." + programme.profession())));
        facts.add(new Term(getTranslation("programmes.level")), new Description(programme.level()));
        add(back, new PageHeader(programme.name(), null), facts);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
