package app.involvement.training.internal;

import app.involvement.tenancy.TenantContext;
import app.involvement.training.SupportKind;
import app.involvement.training.SupportLimits;
import app.involvement.training.SupportRequestRow;
import app.involvement.training.SupportStatus;
import java.sql.Date;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The staff list of support requests with the partner's name: one query per page and one count (DD019).
 * Native SQL is not tenant-filtered by Hibernate, so both tables are filtered by the tenant here (DD001).
 */
@Component
class SupportRequestQueries {

    private static final String FROM = " from support_request r join partner p on p.id = r.partner_id"
            + " and p.tenant_id = :tenant where r.tenant_id = :tenant";
    private static final String BY_STATUS = " and r.status = :status";

    private final NamedParameterJdbcTemplate jdbc;

    SupportRequestQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Open requests first (oldest first, so none waits long), then the handled ones, newest first. */
    List<SupportRequestRow> page(SupportStatus status, Pageable pageable) {
        int size = Math.min(pageable.getPageSize(), SupportLimits.PAGE_SIZE_MAX);
        var parameters = parameters(status).addValue("limit", size).addValue("offset", (long) pageable.getPageNumber() * size);
        String sql = "select r.id, r.partner_id, p.preferred_name, r.kind, r.details, r.needed_on, r.status, r.outcome,"
                + " r.requested_at" + FROM + (status == null ? "" : BY_STATUS)
                + " order by case when r.status = 'REQUESTED' then 0 else 1 end,"
                + " case when r.status = 'REQUESTED' then r.requested_at end,"
                + " r.requested_at desc, r.id desc limit :limit offset :offset";
        return jdbc.query(sql, parameters, (rs, row) -> {
            Date needed = rs.getDate("needed_on");
            // stored as UTC wall-clock time (hibernate.jdbc.time_zone=UTC)
            LocalDateTime at = rs.getObject("requested_at", LocalDateTime.class);
            return new SupportRequestRow(rs.getLong("id"), rs.getLong("partner_id"), rs.getString("preferred_name"),
                    SupportKind.valueOf(rs.getString("kind")), rs.getString("details"),
                    needed == null ? null : needed.toLocalDate(), SupportStatus.valueOf(rs.getString("status")),
                    rs.getString("outcome"), at.toInstant(ZoneOffset.UTC));
        });
    }

    long count(SupportStatus status) {
        Long count = jdbc.queryForObject("select count(*)" + FROM + (status == null ? "" : BY_STATUS),
                parameters(status), Long.class);
        return count == null ? 0 : count;
    }

    private static MapSqlParameterSource parameters(SupportStatus status) {
        return new MapSqlParameterSource("tenant", TenantContext.require())
                .addValue("status", status == null ? null : status.name());
    }
}
