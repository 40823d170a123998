package app.involvement.sessions.internal;

import app.involvement.pool.MyProfile;
import app.involvement.sessions.MySession;
import app.involvement.sessions.MySessions;
import app.involvement.sessions.SessionLimits;
import app.involvement.shared.UkFormats;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in partner's sessions (DD029), found by their account, never by a partner id from the page: each list
 * is the partner id lookup plus one bounded query.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('PARTNER')")
class DefaultMySessions implements MySessions {

    private final MySessionQueries queries;
    private final MyProfile myProfile;
    private final SessionAudit audit;
    private final Clock clock;

    DefaultMySessions(MySessionQueries queries, MyProfile myProfile, SessionAudit audit, Clock clock) {
        this.queries = queries;
        this.myProfile = myProfile;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<MySession> waiting() {
        return myProfile.id().map(p -> queries.waiting(p, today(), clock.instant(), SessionLimits.MY_SESSIONS_SHOWN))
                .orElse(List.of());
    }

    @Override
    public List<MySession> upcoming() {
        return myProfile.id().map(p -> queries.upcoming(p, today(), SessionLimits.MY_SESSIONS_SHOWN))
                .orElse(List.of());
    }

    @Override
    public List<MySession> past() {
        return myProfile.id().map(p -> queries.past(p, today(), SessionLimits.MY_PAST_SHOWN)).orElse(List.of());
    }

    @Override
    public MySession one(Long offerId) {
        return myProfile.id().filter(p -> offerId != null).flatMap(p -> queries.one(p, offerId))
                .orElseThrow(() -> audit.refused("offer " + offerId));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkFormats.UK_TIME));
    }
}
