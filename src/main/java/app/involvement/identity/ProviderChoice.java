package app.involvement.identity;

import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.server.VaadinSession;

/**
 * Takes a person who belongs to several providers but has not chosen one yet to the chooser, and
 * afterwards back to the page they wanted. Only paths inside the portal are remembered.
 */
public final class ProviderChoice {

    public static final String ROUTE = "choose-provider";
    private static final String WANTED = ProviderChoice.class.getName() + ".wanted";

    private ProviderChoice() {
    }

    /** Forwards to the chooser, remembering the page that was asked for. */
    public static void chooseFirst(BeforeEvent event) {
        String wanted = event.getLocation().getPathWithQueryParameters();
        var session = VaadinSession.getCurrent();
        if (session != null && isInsidePortal(wanted) && !wanted.startsWith(ROUTE)) {
            session.setAttribute(WANTED, wanted);
        }
        event.forwardTo(ROUTE);
    }

    /** The remembered page (relative path, {@code ""} for the home page); forgotten once taken. */
    public static String takeWanted() {
        var session = VaadinSession.getCurrent();
        Object wanted = session == null ? null : session.getAttribute(WANTED);
        if (session != null) {
            session.setAttribute(WANTED, null);
        }
        return wanted instanceof String path && isInsidePortal(path) ? path : "";
    }

    /** A relative path: never "//host" or a scheme, which would leave the portal. */
    private static boolean isInsidePortal(String path) {
        return path != null && !path.startsWith("/") && !path.startsWith("\\") && !path.contains(":")
                && !path.contains("\\");
    }
}
