package app.involvement.identity.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.PortalUser;
import app.involvement.identity.Role;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.HandlerHelper.RequestType;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SynchronizedRequestHandler;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import org.springframework.stereotype.Component;

/**
 * Binds each page (Vaadin UI, one per browser tab) to the membership the person worked in when it was
 * opened. A request from a page whose membership is no longer the session's current one — the person
 * switched provider in another tab, or their role changed — is refused before it runs: the page is
 * dropped and Vaadin tells the browser to reload it, so it opens afresh under the current provider
 * and nothing is written into a provider the page did not show (DD009).
 */
@Component
class UiBinding implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    UiBinding(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> ComponentUtil.setData(e.getUI(), Binding.class, current()));
        event.addRequestHandler(new StalePageRefusal());
    }

    private Binding current() {
        return currentUser.get().map(Binding::of).orElse(Binding.SIGNED_OUT);
    }

    /** The membership (or platform role) a page works in. */
    record Binding(Long membershipId, Role role) implements Serializable {

        static final Binding SIGNED_OUT = new Binding(null, null);

        static Binding of(PortalUser user) {
            return user.activeMembership()
                    .map(m -> new Binding(m.membershipId(), m.role()))
                    .orElseGet(() -> new Binding(null, user.platformRole().orElse(null)));
        }
    }

    /**
     * Runs before Vaadin's own handlers (added handlers come first). Dropping the page makes Vaadin's
     * UIDL handler answer "UI not found", on which the browser reloads the page.
     */
    private final class StalePageRefusal extends SynchronizedRequestHandler {

        @Override
        protected boolean canHandleRequest(VaadinRequest request) {
            return HandlerHelper.isRequestType(request, RequestType.UIDL);
        }

        @Override
        public boolean synchronizedHandleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response) {
            UI page = session.getService().findUI(request);
            if (page != null && !current().equals(ComponentUtil.getData(page, Binding.class))) {
                page.close();
                page.accessSynchronously(() -> session.removeUI(page));
            }
            return false;
        }
    }
}
