package app.involvement.privacy.ui;

import app.involvement.identity.Role;
import app.involvement.privacy.PrivacyNotices;
import app.involvement.tenancy.TenantContext;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * While a partner has not confirmed the provider's current privacy notice, every partner page (and the home page)
 * leads to the notice (DD050). Sign-in, errors, the accessibility statement and the notice itself stay open, and
 * staff are never stopped. A clear answer is remembered in the session for a minute, so page changes cost nothing.
 */
@Component
class NoticeGate implements VaadinServiceInitListener {

    private static final Duration REMEMBERED = Duration.ofMinutes(1);
    private static final String CLEAR_UNTIL = "privacy.notice.clear-until.";

    private final PrivacyNotices notices;

    NoticeGate(PrivacyNotices notices) {
        this.notices = notices;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::guard));
    }

    private void guard(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == ReadNoticeView.class || !partnerPage(event)) {
            return;
        }
        var tenant = TenantContext.current();
        VaadinSession session = VaadinSession.getCurrent();
        if (tenant.isEmpty() || session == null) {
            return;
        }
        String key = CLEAR_UNTIL + tenant.get();
        Object clearUntil = session.getAttribute(key);
        if (clearUntil instanceof Instant until && until.isAfter(Instant.now())) {
            return;
        }
        if (notices.mustConfirm()) {
            session.setAttribute(key, null);
            event.forwardTo(ReadNoticeView.class);
        } else {
            session.setAttribute(key, Instant.now().plus(REMEMBERED));
        }
    }

    /** Pages a partner may open: their own (roles include PARTNER) and the home page everyone signed in shares. */
    private static boolean partnerPage(BeforeEnterEvent event) {
        RolesAllowed roles = event.getNavigationTarget().getAnnotation(RolesAllowed.class);
        return roles == null ? event.getLocation().getPath().isEmpty()
                : Arrays.asList(roles.value()).contains(Role.Names.PARTNER);
    }

    /** After confirming, the pages open at once (not only after the minute). */
    static void cleared() {
        VaadinSession session = VaadinSession.getCurrent();
        TenantContext.current().ifPresent(t -> session.setAttribute(CLEAR_UNTIL + t, Instant.now().plus(REMEMBERED)));
    }
}
