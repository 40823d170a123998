package app.involvement.sessions.internal;

import app.involvement.sessions.MatchCandidate;
import app.involvement.sessions.Matching;
import app.involvement.sessions.SessionLimits;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who can be offered a session (DD027): the session, then one query per page and one count, whatever the pool size. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
class DefaultMatching implements Matching {

    private final InvolvementSessionRepository sessions;
    private final MatchQueries queries;
    private final SessionAudit audit;

    DefaultMatching(InvolvementSessionRepository sessions, MatchQueries queries, SessionAudit audit) {
        this.sessions = sessions;
        this.queries = queries;
        this.audit = audit;
    }

    @Override
    public List<MatchCandidate> candidates(Long sessionId, Pageable pageable) {
        var session = session(sessionId);
        int size = Math.min(pageable.getPageSize(), SessionLimits.PAGE_SIZE_MAX);
        return queries.page(session, size, (long) pageable.getPageNumber() * size);
    }

    @Override
    public long count(Long sessionId) {
        session(sessionId);
        return queries.countActive();
    }

    private InvolvementSession session(Long sessionId) {
        return sessions.held(sessionId, audit);
    }
}
