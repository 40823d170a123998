package app.involvement.identity.internal;

import app.involvement.identity.PortalUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/** Records a logout; Vaadin's AuthenticationContext and the logout URL both run it. */
@Component
class LogoutAudit implements LogoutHandler {

    private final Audit audit;

    LogoutAudit(Audit audit) {
        this.audit = audit;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            audit.record("LOGOUT", user.activeTenantId().orElse(null), user.email(), user.email(), null);
        }
    }
}
