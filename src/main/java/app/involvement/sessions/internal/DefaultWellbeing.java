package app.involvement.sessions.internal;

import app.involvement.sessions.CheckIn;
import app.involvement.sessions.DebriefRequest;
import app.involvement.sessions.SessionLimits;
import app.involvement.sessions.WellbeingStage;
import app.involvement.sessions.Wellbeing;
import app.involvement.shared.BusinessRuleException;
import app.involvement.tenancy.TenantContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Coordinators' side of wellbeing (DD029): open debrief requests (one query), closing them, check-ins. */
@Service
@Transactional
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
class DefaultWellbeing implements Wellbeing {

    private static final String OPEN = " from wellbeing_note w"
            + " join involvement_session s on s.tenant_id = w.tenant_id and s.id = w.session_id"
            + " join partner p on p.tenant_id = w.tenant_id and p.id = w.partner_id"
            + " where w.tenant_id = :tenant and w.stage = 'DEBRIEF' and w.closed_at is null";

    private final WellbeingNoteRepository notes;
    private final InvolvementSessionRepository sessions;
    private final NamedParameterJdbcTemplate jdbc;
    private final SessionAudit audit;
    private final Clock clock;

    DefaultWellbeing(WellbeingNoteRepository notes, InvolvementSessionRepository sessions,
            NamedParameterJdbcTemplate jdbc, SessionAudit audit, Clock clock) {
        this.notes = notes;
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DebriefRequest> openDebriefs() {
        String sql = "select w.id, w.session_id, s.title, s.held_on, w.partner_id, p.preferred_name, w.note,"
                + " w.created_at" + OPEN + " order by w.created_at, w.id limit :limit";
        return jdbc.query(sql, tenant().addValue("limit", SessionLimits.PAGE_SIZE_MAX),
                (rs, row) -> new DebriefRequest(rs.getLong("id"), rs.getLong("session_id"), rs.getString("title"),
                        rs.getDate("held_on").toLocalDate(), rs.getLong("partner_id"), rs.getString("preferred_name"),
                        rs.getString("note"), MySessionQueries.instant(rs, "created_at")));
    }

    @Override
    @Transactional(readOnly = true)
    public long openDebriefCount() {
        Long count = jdbc.queryForObject("select count(*)" + OPEN, tenant(), Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public void close(Long requestId) {
        var request = Optional.ofNullable(requestId).flatMap(notes::findById)
                .filter(n -> n.getStage() == WellbeingStage.DEBRIEF)
                .orElseThrow(() -> audit.refused("debrief request " + requestId));
        if (!request.isOpen()) {
            throw new BusinessRuleException("debriefs.already-closed");
        }
        request.close(clock.instant(), audit.actor());
        audit.record("DEBRIEF_CLOSED", "session " + request.getSessionId(), "partner " + request.getPartnerId());
    }

    @Override
    @Transactional(readOnly = true)
    public List<CheckIn> checkIns(Long sessionId) {
        if (sessionId == null || sessions.findById(sessionId).isEmpty()) {
            throw audit.refused("session " + sessionId);
        }
        String sql = "select w.partner_id, p.preferred_name, w.note, w.created_at from wellbeing_note w"
                + " join partner p on p.tenant_id = w.tenant_id and p.id = w.partner_id"
                + " where w.tenant_id = :tenant and w.session_id = :session and w.stage = 'CHECK_IN'"
                + " order by w.created_at desc, w.id desc limit :limit";
        return jdbc.query(sql, tenant().addValue("session", sessionId).addValue("limit", SessionLimits.PAGE_SIZE_MAX),
                (rs, row) -> new CheckIn(rs.getLong("partner_id"), rs.getString("preferred_name"), rs.getString("note"),
                        MySessionQueries.instant(rs, "created_at")));
    }

    private static MapSqlParameterSource tenant() {
        return new MapSqlParameterSource("tenant", TenantContext.require());
    }
}
