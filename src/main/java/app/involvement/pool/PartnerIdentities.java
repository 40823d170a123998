package app.involvement.pool;

import java.util.Optional;

/**
 * The identifying values of one partner in the current provider, for the erasure module only (the lead's erasure
 * and the retention job, which runs with no one signed in): anyone else signed in is refused. Empty for an unknown or another provider's id alike.
 */
public interface PartnerIdentities {

    Optional<PartnerIdentity> find(Long partnerId);
}
