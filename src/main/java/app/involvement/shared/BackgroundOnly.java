package app.involvement.shared;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Guards a service method that only background work may call (a scheduled job, the mail dispatcher): no page does,
 * so a signed-in person calling it is refused. Such a method cannot use {@code @PreAuthorize}, which refuses a
 * thread without any sign-in, i.e. the job itself (DD042).
 */
public final class BackgroundOnly {

    private BackgroundOnly() {
    }

    /** @throws AccessDeniedException when a person is signed in on this thread */
    public static void check() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
            throw new AccessDeniedException("Background work only");
        }
    }

    /**
     * For a method both background work and one role call (e.g. a partner's identity for the retention job and the
     * lead): refuses anyone else signed in.
     *
     * @param role the role name without its prefix, e.g. "LEAD"
     */
    public static void checkUnless(String role) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)
                && signedIn.getAuthorities().stream().noneMatch(a -> ("ROLE_" + role).equals(a.getAuthority()))) {
            throw new AccessDeniedException("Background work or " + role + " only");
        }
    }
}
