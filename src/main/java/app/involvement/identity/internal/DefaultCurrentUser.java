package app.involvement.identity.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.MembershipView;
import app.involvement.identity.PortalUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;

@Service
class DefaultCurrentUser implements CurrentUser {

    private final MembershipDirectory memberships;
    private final Audit audit;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    private final SecurityContextHolderStrategy securityContexts;

    DefaultCurrentUser(MembershipDirectory memberships, Audit audit, SecurityContextHolderStrategy securityContexts) {
        this.memberships = memberships;
        this.audit = audit;
        this.securityContexts = securityContexts;
    }

    @Override
    public Optional<PortalUser> get() {
        var auth = securityContexts.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof PortalUser user ? Optional.of(user) : Optional.empty();
    }

    @Override
    public PortalUser require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
    }

    @Override
    public List<MembershipView> memberships() {
        return get().map(u -> memberships.of(u.userId())).orElse(List.of());
    }

    @Override
    public boolean mustChooseProvider() {
        return get().filter(u -> u.activeMembership().isEmpty() && u.platformRole().isEmpty())
                .map(u -> !memberships.of(u.userId()).isEmpty())
                .orElse(false);
    }

    /**
     * Also closes every other page (UI) of the session, which were opened under the previous provider,
     * and gives the session a new id (DD009).
     */
    @Override
    public void choose(Long membershipId) {
        PortalUser user = require();
        MembershipView chosen = memberships.find(user.userId(), membershipId)
                .orElseThrow(() -> {
                    audit.refused(user.activeTenantId().orElse(null), user.email(), "membership " + membershipId);
                    return new AccessDeniedException("not your membership");
                });
        replace(user.withActiveMembership(chosen));
        closeOtherPages();
        audit.record("PROVIDER_CHOSEN", chosen.providerId(), user.email(), user.email(), "role " + chosen.role());
    }

    /**
     * After the person changed their own password in this session: this session carries the new
     * password stamp and goes on, while every other session of the account ends on its next request.
     */
    void keepAfterOwnPasswordChange(long credentialsVersion) {
        replace(require().withCredentialsVersion(credentialsVersion));
    }

    private void replace(PortalUser user) {
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

    private static void closeOtherPages() {
        var session = VaadinSession.getCurrent();
        if (session == null) {
            return;
        }
        UI current = UI.getCurrent();
        session.getUIs().stream().filter(ui -> ui != current).toList().forEach(UI::close);
    }
}
