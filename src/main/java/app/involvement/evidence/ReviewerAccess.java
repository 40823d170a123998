package app.involvement.evidence;

import java.util.List;
import java.util.function.Function;

/**
 * The only door through which a reviewer reaches a provider's data. Every method acts for the signed-in reviewer
 * and refuses anyone else.
 */
public interface ReviewerAccess {

    /** The signed-in reviewer's assignments whose window includes today, for their home. */
    List<ReviewAssignment> current();

    /**
     * Runs {@code work} inside the assigned provider, read-only, and records the look ({@code what}: e.g.
     * "evidence view", "evidence pack PDF") in the audit log of that provider.
     *
     * @throws org.springframework.security.access.AccessDeniedException (and records the refusal) when the
     *         assignment is unknown, another reviewer's, or today is outside its window
     */
    <T> T read(Long assignmentId, String what, Function<ReviewContext, T> work);
}
