package app.involvement.identity.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.MembershipView;
import app.involvement.identity.PortalUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

@Service
class DefaultCurrentUser implements CurrentUser {

    private final MembershipDirectory memberships;
    private final Audit audit;
    private final SecurityContextHolderStrategy securityContexts;
    private final SignedInSession session;

    DefaultCurrentUser(MembershipDirectory memberships, Audit audit, SecurityContextHolderStrategy securityContexts,
            SignedInSession session) {
        this.memberships = memberships;
        this.audit = audit;
        this.securityContexts = securityContexts;
        this.session = session;
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
        session.replace(user.withActiveMembership(chosen));
        closeOtherPages();
        audit.record("PROVIDER_CHOSEN", chosen.providerId(), user.email(), user.email(), "role " + chosen.role());
    }

    /**
     * After the person changed their own password in this session: this session carries the new
     * password stamp and goes on, while every other session of the account ends on its next request.
     */
    void keepAfterOwnPasswordChange(long credentialsVersion) {
        session.replace(require().withCredentialsVersion(credentialsVersion));
    }

    private static void closeOtherPages() {
        var vaadinSession = VaadinSession.getCurrent();
        if (vaadinSession == null) {
            return;
        }
        UI current = UI.getCurrent();
        vaadinSession.getUIs().stream().filter(ui -> ui != current).toList().forEach(UI::close);
    }
}
