package app.involvement.identity.internal;

import app.involvement.identity.PortalUser;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Puts the signed-in person, changed (another provider, the second step passed, a new password stamp),
 * into the security context and the HTTP session, under a new session id as at login.
 */
@Component
class SignedInSession {

    private final SecurityContextHolderStrategy securityContexts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignedInSession(SecurityContextHolderStrategy securityContexts) {
        this.securityContexts = securityContexts;
    }

    void replace(PortalUser user) {
        var context = securityContexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        securityContexts.setContext(context);
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            contexts.saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
            newSessionId(request.getHttpServletRequest());
        }
    }

    private static void newSessionId(HttpServletRequest request) {
        if (request.getSession(false) == null) {
            return;
        }
        try {
            request.changeSessionId();
        } catch (UnsupportedOperationException mockRequest) {
            // only Vaadin's browserless test requests cannot change the id; servlet containers all can
        }
    }
}
