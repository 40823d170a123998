package app.involvement.sessions;

import java.util.List;
import org.springframework.data.domain.Pageable;

/** For staff: who can be offered a session (DD027). A bounded number of SQL statements per page, whatever the pool size. */
public interface Matching {

    /** @throws org.springframework.security.access.AccessDeniedException for a session this provider does not hold */
    List<MatchCandidate> candidates(Long sessionId, Pageable pageable);

    /** Active partners considered (eligible or not). */
    long count(Long sessionId);
}
