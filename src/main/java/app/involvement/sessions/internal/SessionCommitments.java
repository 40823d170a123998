package app.involvement.sessions.internal;

import app.involvement.availability.Commitments;
import app.involvement.availability.PartOfDay;
import app.involvement.tenancy.TenantContext;
import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells "who is free" which partners hold (or are about to hold) a place on a planned session overlapping a part of
 * a day (DD027). One query, filtered by the current tenant explicitly.
 */
@Component
class SessionCommitments implements Commitments {

    private final NamedParameterJdbcTemplate jdbc;

    SessionCommitments(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> busy(LocalDate date, PartOfDay part, Collection<Long> partnerIds) {
        if (partnerIds.isEmpty()) {
            return Set.of();
        }
        var parameters = new MapSqlParameterSource().addValue("tenant", TenantContext.require())
                .addValue("date", Date.valueOf(date)).addValue("ids", partnerIds)
                .addValue("from", Time.valueOf(part.starts())).addValue("until", Time.valueOf(part.ends()));
        String endsAfter = part == PartOfDay.EVENING ? "" : " and s.start_time < :until";
        return new HashSet<>(jdbc.queryForList("select distinct o.partner_id from session_offer o"
                + " join involvement_session s on s.tenant_id = o.tenant_id and s.id = o.session_id"
                + " where o.tenant_id = :tenant and o.partner_id in (:ids) and o.status in " + MatchQueries.HOLDING
                + " and s.status = 'PLANNED' and s.held_on = :date and s.end_time > :from" + endsAfter,
                parameters, Long.class));
    }

    /** The other planned sessions overlapping this one on which the partner holds (or is about to hold) a place. */
    Set<Long> busy(InvolvementSession session, Long partnerId) {
        var parameters = new MapSqlParameterSource().addValue("tenant", TenantContext.require())
                .addValue("date", Date.valueOf(session.getHeldOn())).addValue("partner", partnerId)
                .addValue("session", session.getId()).addValue("start", Time.valueOf(session.getStartTime()))
                .addValue("end", Time.valueOf(session.getEndTime()));
        return new HashSet<>(jdbc.queryForList("select s.id from session_offer o"
                + " join involvement_session s on s.tenant_id = o.tenant_id and s.id = o.session_id"
                + " where o.tenant_id = :tenant and o.partner_id = :partner and o.status in " + MatchQueries.HOLDING
                + " and s.status = 'PLANNED' and s.held_on = :date and s.id <> :session and s.start_time < :end"
                + " and s.end_time > :start", parameters, Long.class));
    }
}
