package app.involvement.sessions;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;

/** Staff plan involvement sessions (lead and coordinator). */
public interface Sessions {

    /**
     * @throws app.involvement.shared.BusinessRuleException for a missing field, a past date, a bad duration or
     *         places, neither place nor online link; nothing is stored
     * @throws org.springframework.security.access.AccessDeniedException for another provider's programme, type or category
     */
    Long create(SessionInput input);

    /** Changes a planned session; partners holding a place are told (with SEQUENCE increased) when it changed. */
    void update(Long sessionId, SessionInput input);

    /** Cancels a planned session; open offers are retracted and everyone concerned is told. */
    void cancel(Long sessionId);

    /** @throws org.springframework.security.access.AccessDeniedException for an id this provider does not hold */
    SessionDetails details(Long sessionId);

    /** Sessions from {@code from} on (or all when null), soonest first; one query per page. */
    List<SessionRow> list(LocalDate from, Pageable pageable);

    long count(LocalDate from);

    /** Planned sessions from today on with fewer confirmed partners than their minimum, soonest first (bounded). */
    List<SessionRow> belowMinimum(int limit);

    /** Planned sessions in the seven days from today, soonest first (bounded). */
    List<SessionRow> thisWeek(int limit);
}
