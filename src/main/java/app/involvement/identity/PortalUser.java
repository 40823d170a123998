package app.involvement.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person. Their authorities are their platform role, if any, plus the role of the one
 * membership they chose; the chosen membership also names the provider they work in. Until a person who
 * needs two-step sign-in has passed its second step in this session they hold no authorities at all,
 * so every role-restricted page and service refuses them.
 */
public final class PortalUser implements UserDetails, CredentialsContainer {

    private final Long userId;
    private final String email;
    private final String displayName;
    private String passwordHash;
    private final boolean locked;
    private final Role platformRole;
    private final MembershipView activeMembership;
    private final long credentialsVersion;
    private final boolean secondStepPending;

    public PortalUser(Long userId, String email, String displayName, String passwordHash, boolean locked,
            Role platformRole, MembershipView activeMembership) {
        this(userId, email, displayName, passwordHash, locked, platformRole, activeMembership, 0);
    }

    /**
     * @param credentialsVersion the account's password stamp at login: a later password change ends
     *                           this session (DD009)
     */
    public PortalUser(Long userId, String email, String displayName, String passwordHash, boolean locked,
            Role platformRole, MembershipView activeMembership, long credentialsVersion) {
        this(userId, email, displayName, passwordHash, locked, platformRole, activeMembership, credentialsVersion, false);
    }

    private PortalUser(Long userId, String email, String displayName, String passwordHash, boolean locked,
            Role platformRole, MembershipView activeMembership, long credentialsVersion, boolean secondStepPending) {
        this.userId = userId;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.locked = locked;
        this.platformRole = platformRole;
        this.activeMembership = activeMembership;
        this.credentialsVersion = credentialsVersion;
        this.secondStepPending = secondStepPending;
    }

    public PortalUser withActiveMembership(MembershipView membership) {
        return new PortalUser(userId, email, displayName, null, locked, platformRole, membership, credentialsVersion,
                secondStepPending);
    }

    /** The same person, still to pass (true) or having passed (false) the second step of sign-in. */
    public PortalUser withSecondStepPending(boolean pending) {
        return new PortalUser(userId, email, displayName, null, locked, platformRole, activeMembership, credentialsVersion,
                pending);
    }

    /** The same person after they changed their own password in this session. */
    public PortalUser withCredentialsVersion(long version) {
        return new PortalUser(userId, email, displayName, null, locked, platformRole, activeMembership, version,
                secondStepPending);
    }

    /** True after the password until the person has given a code from their authenticator app. */
    public boolean secondStepPending() {
        return secondStepPending;
    }

    public Long userId() {
        return userId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Optional<Role> platformRole() {
        return Optional.ofNullable(platformRole);
    }

    public Optional<MembershipView> activeMembership() {
        return Optional.ofNullable(activeMembership);
    }

    public Optional<Long> activeTenantId() {
        return activeMembership().map(MembershipView::providerId);
    }

    public long credentialsVersion() {
        return credentialsVersion;
    }

    /** The role the person acts in now: the chosen membership's, else the platform role; none before the second step. */
    public Optional<Role> currentRole() {
        if (secondStepPending) {
            return Optional.empty();
        }
        return activeMembership().map(MembershipView::role).or(this::platformRole);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        if (secondStepPending) {
            return List.of();
        }
        return currentRole().map(r -> List.of(new SimpleGrantedAuthority(r.authority()))).orElse(List.of());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
