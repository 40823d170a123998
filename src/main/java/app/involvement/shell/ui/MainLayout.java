package app.involvement.shell.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.PortalUser;
import app.involvement.identity.ProviderChoice;
import app.involvement.shared.ui.LanguageSwitch;
import app.involvement.shared.ui.SiteFooter;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in page: skip link, header with the provider and the person, and a
 * side navigation built from the routes the person's role may open, and the site footer. Header,
 * navigation, the view's {@code <main>} and the footer are landmarks, so screen reader users can jump
 * between them.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    static final String CONTENT_ID = "main-content";

    private final CurrentUser currentUser;
    private final SideNav nav = new SideNav();
    private final Main main = new Main();

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication) {
        this.currentUser = currentUser;
        PortalUser user = currentUser.require();

        var skip = new Anchor("#" + CONTENT_ID, getTranslation("layout.skip"));
        skip.addClassName("skip-link");
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        var title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");
        var context = new Span(user.activeMembership()
                .map(m -> getTranslation("layout.context", user.displayName(), m.providerName(), getTranslation("role." + m.role())))
                .orElseGet(() -> getTranslation("layout.context.platform", user.displayName(),
                        user.currentRole().map(r -> getTranslation("role." + r)).orElse(""))));
        context.addClassName("user-context");
        var logout = new Button(getTranslation("menu.logout"), e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        var header = new Header(skip, toggle, title, context, new LanguageSwitch(), logout);
        header.addClassName("app-header");
        addToNavbar(header);

        nav.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        addToDrawer(nav);
        buildNavigation();
        setPrimarySection(Section.DRAWER);

        main.setId(CONTENT_ID);
        main.addClassName("main-content");
        main.getElement().setAttribute("tabindex", "-1");
        var page = new Div(main, new SiteFooter());
        page.addClassName("layout-page");
        setContent(page);
    }

    private void buildNavigation() {
        MenuConfiguration.getMenuEntries().forEach(entry ->
                nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        if (currentUser.memberships().size() > 1) {
            nav.addItem(new SideNavItem(getTranslation("menu.switch-provider"), "choose-provider"));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.mustChooseProvider()) {
            ProviderChoice.chooseFirst(event);
        }
    }

    /** Every view is shown inside the one {@code <main>} landmark, which the skip link leads to. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }
}
