package app.involvement.pool.internal;

import app.involvement.pool.PoolFigures;
import app.involvement.shared.UkFormats;
import app.involvement.tenancy.TenantContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One count query each, naming the tenant (native SQL is not tenant-filtered, DD001); DD040. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'REVIEWER')")
class DefaultPoolFigures implements PoolFigures {

    private final NamedParameterJdbcTemplate jdbc;

    DefaultPoolFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long joiners(LocalDate from, LocalDate to) {
        // created_at is UTC wall-clock time (hibernate.jdbc.time_zone=UTC); the period is UK days
        return count("select count(*) from partner where tenant_id = :tenant and created_at >= :start"
                + " and created_at < :end", tenant()
                .addValue("start", utc(from)).addValue("end", utc(to.plusDays(1))));
    }

    @Override
    public long leavers(LocalDate from, LocalDate to) {
        return count("select count(*) from partner_status_change where tenant_id = :tenant and to_status = 'LEFT'"
                + " and changed_on >= :from and changed_on <= :to", tenant()
                .addValue("from", Date.valueOf(from)).addValue("to", Date.valueOf(to)));
    }

    @Override
    public long active() {
        return count("select count(*) from partner where tenant_id = :tenant and status = 'ACTIVE'", tenant());
    }

    private static Timestamp utc(LocalDate ukDay) {
        return Timestamp.valueOf(ukDay.atStartOfDay(UkFormats.UK_TIME).withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime());
    }

    private static MapSqlParameterSource tenant() {
        return new MapSqlParameterSource("tenant", TenantContext.require());
    }

    private long count(String sql, MapSqlParameterSource parameters) {
        Long count = jdbc.queryForObject(sql, parameters, Long.class);
        return count == null ? 0 : count;
    }
}
