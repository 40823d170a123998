package app.involvement.shell.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.PortalUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The first page after login: a home made for the person's current role. */
@Route("")
@Menu(title = "menu.home", order = 0)
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser, RoleHomes homes) {
        PortalUser user = currentUser.require();
        addClassName("home");
        Component content = user.currentRole().map(role -> homes.forRole(role, user)).orElseGet(homes::noRole);
        add(content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }

}
