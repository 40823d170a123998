package app.involvement.identity.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Sends the person to the login page and, once logged in, back to a page of the portal — the same
 * session attributes Vaadin sets when a signed-out person opens a protected view.
 */
final class LoginReturn {

    private LoginReturn() {
    }

    /** @param pathWithQuery a portal path without leading slash, e.g. {@code invitation?token=…} */
    static void remember(String pathWithQuery) {
        var request = VaadinServletRequest.getCurrent();
        var session = VaadinSession.getCurrent().getSession();
        session.setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT, pathWithQuery);
        if (request != null) {
            String base = ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).toUriString();
            session.setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE, base + "/" + pathWithQuery);
        }
    }
}
