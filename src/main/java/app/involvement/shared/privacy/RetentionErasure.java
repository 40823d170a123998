package app.involvement.shared.privacy;

import java.util.Optional;

/**
 * Erasure started by the retention job rather than by the lead (a partner inactive past the provider's period).
 * Same work as the lead's erasure, same blockers; runs with no one signed in, in the current provider.
 */
public interface RetentionErasure {

    /** @return the reason (in English, for the job's report) it was not erased, or empty when it was */
    Optional<String> eraseInactivePartner(long partnerId);
}
