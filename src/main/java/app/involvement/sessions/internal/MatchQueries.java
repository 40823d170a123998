package app.involvement.sessions.internal;

import app.involvement.availability.PartOfDay;
import app.involvement.sessions.MatchCandidate;
import app.involvement.sessions.MatchExclusion;
import app.involvement.shared.UkFormats;
import app.involvement.tenancy.TenantContext;
import app.involvement.training.TrainingEligibility;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Matching as one native SQL read model (DD027): every active partner with every reason they cannot be offered the
 * session, fairest first, a page at a time. Native SQL is not tenant-filtered by Hibernate, so every table is
 * filtered by the current tenant explicitly; the SQL is built from constants only. Reads the pool's, availability's
 * and (through {@link TrainingEligibility#preparedCondition}) training's tables, as "who is free" does (DD019).
 */
@Component
class MatchQueries {

    /** Offers that hold, or are about to hold, a place: the partner is busy at that time. */
    static final String HOLDING = "('CONFIRMED', 'ACCEPTED')";
    /** Statuses that mean the partner was asked already; an expired or retracted offer may be sent again. */
    static final String ASKED = "('OFFERED', 'ACCEPTED', 'CONFIRMED', 'BACKUP', 'DECLINED', 'WITHDRAWN')";

    private static final String DATED = " left join (select distinct e.partner_id from availability_exception e"
            + " where e.tenant_id = :tenant and e.available = %s and e.ends_on >= :date and e.starts_on <= :date) %s"
            + " on %2$s.partner_id = p.id";
    /** The week's slots covering every part of the day the session touches. */
    private static final String WEEKLY = " left join (select w.partner_id, count(*) as parts from weekly_availability w"
            + " where w.tenant_id = :tenant and w.day_of_week = :day and w.part_of_day in (:parts) group by w.partner_id)"
            + " weekly on weekly.partner_id = p.id";
    private static final String BUSY = " left join (select distinct o.partner_id from session_offer o"
            + " join involvement_session s on s.tenant_id = o.tenant_id and s.id = o.session_id"
            + " where o.tenant_id = :tenant and o.status in " + HOLDING + " and s.status = 'PLANNED'"
            + " and s.held_on = :date and s.id <> :session and s.start_time < :end and s.end_time > :start) busy"
            + " on busy.partner_id = p.id";
    private static final String ASKED_JOIN = " left join (select o.partner_id from session_offer o"
            + " where o.tenant_id = :tenant and o.session_id = :session and o.status in " + ASKED + ") asked"
            + " on asked.partner_id = p.id";
    /** Places attended on completed sessions this year that count as involvement (simulation re-use never does). */
    private static final String INVOLVED = " left join (select o.partner_id, count(*) as sessions from session_offer o"
            + " join involvement_session s on s.tenant_id = o.tenant_id and s.id = o.session_id"
            + " where o.tenant_id = :tenant and o.status = 'CONFIRMED' and o.attendance = 'ATTENDED'"
            + " and s.status = 'COMPLETED' and s.kind <> 'SIMULATION_REUSE' and s.held_on >= :yearStart"
            + " group by o.partner_id) involved on involved.partner_id = p.id";
    private static final String EXPERIENCED = "p.consent_given_at is not null and exists (select 1"
            + " from partner_experience x join session_experience se on se.tenant_id = x.tenant_id"
            + " and se.category_id = x.category_id where x.tenant_id = :tenant and x.partner_id = p.id"
            + " and se.session_id = :session)";

    private static final String FLAGS = "select p.id, p.preferred_name, p.last_involved_on,"
            + " coalesce(involved.sessions, 0) as sessions_this_year,"
            + " case when" + TrainingEligibility.preparedCondition("p.id") + " then 0 else 1 end as not_prepared,"
            + " case when away.partner_id is not null then 1 when extra.partner_id is not null then 0"
            + " when coalesce(weekly.parts, 0) < :partCount then 1 else 0 end as unavailable,"
            + " case when busy.partner_id is null then 0 else 1 end as clash,"
            + " %s as experience_missing,"
            + " case when asked.partner_id is null then 0 else 1 end as already_asked,"
            + " p.status as status"
            + " from partner p" + String.format(DATED, "false", "away") + String.format(DATED, "true", "extra")
            + WEEKLY + BUSY + ASKED_JOIN + INVOLVED
            + " where p.tenant_id = :tenant";

    private static final String PAGE = "select * from (" + FLAGS + " and p.status = 'ACTIVE') c"
            + " order by case when c.not_prepared + c.unavailable + c.clash + c.experience_missing + c.already_asked = 0"
            + " then 0 else 1 end, case when c.last_involved_on is null then 0 else 1 end, c.last_involved_on,"
            + " c.sessions_this_year, c.preferred_name, c.id limit :limit offset :offset";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    MatchQueries(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One page of active partners, eligible first and fairest first. One statement. */
    List<MatchCandidate> page(InvolvementSession session, int limit, long offset) {
        var parameters = parameters(session).addValue("limit", limit).addValue("offset", offset);
        return jdbc.query(sql(PAGE, session), parameters, (rs, n) -> candidate(rs));
    }

    /** The partners given, whatever their status, with why they cannot be offered the session. One statement. */
    List<Found> of(InvolvementSession session, Collection<Long> partnerIds) {
        var parameters = parameters(session).addValue("ids", partnerIds);
        return jdbc.query(sql(FLAGS, session) + " and p.id in (:ids)", parameters,
                (rs, n) -> new Found(candidate(rs), "ACTIVE".equals(rs.getString("status"))));
    }

    long countActive() {
        Long count = jdbc.queryForObject("select count(*) from partner p where p.tenant_id = :tenant"
                + " and p.status = 'ACTIVE'", new MapSqlParameterSource("tenant", TenantContext.require()), Long.class);
        return count == null ? 0 : count;
    }

    /** The first day of the UK academic year (1 August, as HESA counts it) that today falls in. */
    static LocalDate academicYearStart(LocalDate today) {
        int year = today.getMonthValue() >= Month.AUGUST.getValue() ? today.getYear() : today.getYear() - 1;
        return LocalDate.of(year, Month.AUGUST, 1);
    }

    private static String sql(String template, InvolvementSession session) {
        return String.format(template, session.isExperienceRequired()
                ? "case when not exists (select 1 from session_experience sx where sx.tenant_id = :tenant"
                        + " and sx.session_id = :session) or " + EXPERIENCED + " then 0 else 1 end"
                : "0");
    }

    private MapSqlParameterSource parameters(InvolvementSession session) {
        var parts = PartOfDay.touched(session.getStartTime(), session.getEndTime()).stream().map(Enum::name).toList();
        LocalDate today = LocalDate.now(clock.withZone(UkFormats.UK_TIME));
        return new MapSqlParameterSource()
                .addValue("tenant", TenantContext.require())
                .addValue("session", session.getId())
                .addValue("date", Date.valueOf(session.getHeldOn()))
                .addValue("day", session.getHeldOn().getDayOfWeek().getValue())
                .addValue("start", Time.valueOf(session.getStartTime()))
                .addValue("end", Time.valueOf(session.getEndTime()))
                .addValue("parts", parts)
                .addValue("partCount", parts.size())
                .addValue("yearStart", Date.valueOf(academicYearStart(today)))
                .addValue("trainingType", session.getActivityTypeId())
                .addValue("trainingOn", Date.valueOf(session.getHeldOn()));
    }

    private static MatchCandidate candidate(ResultSet rs) throws SQLException {
        var exclusions = EnumSet.noneOf(MatchExclusion.class);
        flag(rs, "not_prepared", MatchExclusion.NOT_PREPARED, exclusions);
        flag(rs, "unavailable", MatchExclusion.UNAVAILABLE, exclusions);
        flag(rs, "clash", MatchExclusion.CLASH, exclusions);
        flag(rs, "experience_missing", MatchExclusion.EXPERIENCE_MISSING, exclusions);
        flag(rs, "already_asked", MatchExclusion.ALREADY_ASKED, exclusions);
        Date last = rs.getDate("last_involved_on");
        return new MatchCandidate(rs.getLong("id"), rs.getString("preferred_name"),
                last == null ? null : last.toLocalDate(), rs.getLong("sessions_this_year"), exclusions);
    }

    private static void flag(ResultSet rs, String column, MatchExclusion exclusion, EnumSet<MatchExclusion> into)
            throws SQLException {
        if (rs.getInt(column) != 0) {
            into.add(exclusion);
        }
    }

    /** A partner looked up by id, and whether they are active. */
    record Found(MatchCandidate candidate, boolean active) {
    }
}
