package app.involvement.payments.internal;

import app.involvement.payments.ClaimFigures;
import app.involvement.provider.ActivityArea;
import app.involvement.tenancy.TenantContext;
import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turnaround percentiles in one query: each paid claim's days ranked by a window function, the outer query picks the
 * nearest ranks (portable to H2, MariaDB 10.11 and MySQL 8, which has no PERCENTILE_CONT); DD040.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'REVIEWER')")
class DefaultClaimFigures implements ClaimFigures {

    private final NamedParameterJdbcTemplate jdbc;

    DefaultClaimFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Turnaround turnaround(LocalDate from, LocalDate to, Long programmeId, ActivityArea area) {
        String days = "select timestampdiff(DAY, cast(c.submitted_at as date), c.paid_on) d"
                + " from payment_claim c"
                + " join involvement_session s on s.tenant_id = c.tenant_id and s.id = c.session_id"
                + " join activity_type t on t.tenant_id = c.tenant_id and t.id = c.activity_type_id"
                + " where c.tenant_id = :tenant and c.status = 'PAID' and c.submitted_at is not null"
                + " and c.paid_on >= :from and c.paid_on <= :to and s.kind <> 'SIMULATION_REUSE'"
                + (programmeId == null ? "" : " and s.programme_id = :programme")
                + (area == null ? "" : " and t.area = :area");
        String ranked = "select x.d, row_number() over (order by x.d) rn, count(*) over () n from (" + days + ") x";
        String sql = "select count(*), min(case when r.rn * 2 >= r.n then r.d end),"
                + " min(case when r.rn * 10 >= r.n * 9 then r.d end) from (" + ranked + ") r";
        var parameters = new MapSqlParameterSource("tenant", TenantContext.require())
                .addValue("from", Date.valueOf(from)).addValue("to", Date.valueOf(to))
                .addValue("programme", programmeId).addValue("area", area == null ? null : area.name());
        return jdbc.queryForObject(sql, parameters, (rs, n) -> new Turnaround(rs.getLong(1),
                (Long) rs.getObject(2, Long.class), (Long) rs.getObject(3, Long.class)));
    }
}
