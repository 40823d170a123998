package app.involvement.insights.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.Role;
import app.involvement.insights.Pitfalls;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The pitfall indicators over the last 12 months (DD041): each says whether it fired, why, and links to the data;
 * below them the provider's thresholds, which the lead may change.
 */
@Route(PitfallsView.ROUTE)
@Menu(title = "pitfalls.menu", order = 54)
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR})
class PitfallsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "pitfalls";

    private final Pitfalls pitfalls;
    private final Div indicators = new Div();

    PitfallsView(Pitfalls pitfalls, CurrentUser currentUser) {
        this.pitfalls = pitfalls;
        addClassName("pitfalls-page");
        boolean lead = currentUser.get().flatMap(u -> u.currentRole()).filter(Role.LEAD::equals).isPresent();
        indicators.setWidthFull();
        add(new PageHeader(getTranslation("pitfalls.title"), getTranslation("pitfalls.lead")), indicators,
                new PitfallThresholdsForm(pitfalls, lead, this::refresh));
        refresh();
    }

    private void refresh() {
        indicators.removeAll();
        indicators.add(new PitfallList(pitfalls.indicators()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pitfalls.title");
    }
}
