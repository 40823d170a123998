package app.involvement.identity;

import java.util.List;
import java.util.Optional;

/** The signed-in person, their memberships, and the choice of the provider they work in. */
public interface CurrentUser {

    Optional<PortalUser> get();

    PortalUser require();

    List<MembershipView> memberships();

    /** True when the person belongs to providers but has not chosen one yet. */
    boolean mustChooseProvider();

    /**
     * Works in the provider of one of the person's own memberships from the next request on.
     *
     * @throws org.springframework.security.access.AccessDeniedException for a membership that is not theirs
     */
    void choose(Long membershipId);
}
