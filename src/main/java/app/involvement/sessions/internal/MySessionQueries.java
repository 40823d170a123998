package app.involvement.sessions.internal;

import app.involvement.sessions.Attendance;
import app.involvement.sessions.MySession;
import app.involvement.sessions.OfferStatus;
import app.involvement.sessions.SessionStatus;
import app.involvement.tenancy.TenantContext;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A partner's offers with their sessions: one native query per list, each bounded, naming the tenant explicitly on
 * every table (native SQL is not tenant-filtered by Hibernate, DD001). Instants are stored as UTC wall-clock time.
 */
@Component
class MySessionQueries {

    private static final String SELECT = "select o.id as offer_id, s.id as session_id, s.title, s.description,"
            + " t.name as type_name, s.held_on, s.start_time, s.end_time, s.place, s.online_link, s.preparation,"
            + " s.preparation_link, s.wellbeing_notes, s.payment_note, s.confidentiality_needed,"
            + " s.conflict_check_needed, s.status as session_status, o.status, o.backup_rank, o.expires_at,"
            + " o.attendance"
            + " from session_offer o"
            + " join involvement_session s on s.tenant_id = o.tenant_id and s.id = o.session_id"
            + " join activity_type t on t.tenant_id = s.tenant_id and t.id = s.activity_type_id"
            + " where o.tenant_id = :tenant and o.partner_id = :partner";

    private final NamedParameterJdbcTemplate jdbc;

    MySessionQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Open offers not yet expired, and accepted ones waiting for the coordinator, on sessions still to come. */
    List<MySession> waiting(Long partnerId, LocalDate today, Instant now, int limit) {
        String sql = SELECT + " and s.status = 'PLANNED' and s.held_on >= :today"
                + " and ((o.status = 'OFFERED' and (o.expires_at is null or o.expires_at > :now))"
                + " or o.status = 'ACCEPTED')"
                + " order by case when o.status = 'OFFERED' then 0 else 1 end, o.expires_at, s.held_on, s.start_time,"
                + " o.id limit :limit";
        return jdbc.query(sql, parameters(partnerId, today, limit).addValue("now", utc(now)), this::row);
    }

    /** Places and backup slots on planned sessions from today on, soonest first. */
    List<MySession> upcoming(Long partnerId, LocalDate today, int limit) {
        String sql = SELECT + " and s.status = 'PLANNED' and s.held_on >= :today"
                + " and o.status in ('CONFIRMED', 'BACKUP')"
                + " order by s.held_on, s.start_time, o.id limit :limit";
        return jdbc.query(sql, parameters(partnerId, today, limit), this::row);
    }

    /** Sessions the partner had a place on that were held before today or completed, latest first. */
    List<MySession> past(Long partnerId, LocalDate today, int limit) {
        String sql = SELECT + " and o.status = 'CONFIRMED' and s.status <> 'CANCELLED'"
                + " and (s.held_on < :today or s.status = 'COMPLETED')"
                + " order by s.held_on desc, s.start_time desc, o.id desc limit :limit";
        return jdbc.query(sql, parameters(partnerId, today, limit), this::row);
    }

    /** The partner's own offer; empty for another partner's or provider's offer and for an unknown id alike. */
    Optional<MySession> one(Long partnerId, Long offerId) {
        var parameters = parameters(partnerId, null, 1).addValue("offer", offerId);
        return jdbc.query(SELECT + " and o.id = :offer", parameters, this::row).stream().findFirst();
    }

    private static MapSqlParameterSource parameters(Long partnerId, LocalDate today, int limit) {
        return new MapSqlParameterSource("tenant", TenantContext.require()).addValue("partner", partnerId)
                .addValue("today", today == null ? null : Date.valueOf(today)).addValue("limit", limit);
    }

    static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime at = rs.getObject(column, LocalDateTime.class);
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }

    private MySession row(ResultSet rs, int row) throws SQLException {
        String attendance = rs.getString("attendance");
        int rank = rs.getInt("backup_rank");
        Integer backupRank = rs.wasNull() ? null : rank;
        Time end = rs.getTime("end_time");
        return new MySession(rs.getLong("offer_id"), rs.getLong("session_id"), rs.getString("title"),
                rs.getString("description"), rs.getString("type_name"), rs.getDate("held_on").toLocalDate(),
                rs.getTime("start_time").toLocalTime(), end.toLocalTime(), rs.getString("place"),
                rs.getString("online_link"), rs.getString("preparation"), rs.getString("preparation_link"),
                rs.getString("wellbeing_notes"), rs.getString("payment_note"),
                rs.getBoolean("confidentiality_needed"), rs.getBoolean("conflict_check_needed"),
                SessionStatus.valueOf(rs.getString("session_status")), OfferStatus.valueOf(rs.getString("status")),
                backupRank, instant(rs, "expires_at"), attendance == null ? null : Attendance.valueOf(attendance));
    }
}
