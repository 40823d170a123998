package app.involvement.provider.internal;

import app.involvement.provider.ProgrammeFigures;
import app.involvement.tenancy.TenantContext;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Programmes missing a named lead or coordinator, naming the tenant (DD001, DD041). */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'REVIEWER')")
class DefaultProgrammeFigures implements ProgrammeFigures {

    private static final String MISSING = " from programme where tenant_id = :tenant"
            + " and (lead_user_id is null or coordinator_user_id is null)";

    private final NamedParameterJdbcTemplate jdbc;

    DefaultProgrammeFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ProgrammeGap> withoutNamedRoles(int limit) {
        return jdbc.query("select id, name, lead_user_id, coordinator_user_id" + MISSING + " order by name, id"
                        + " limit :limit", new MapSqlParameterSource("tenant", TenantContext.require())
                        .addValue("limit", limit),
                (rs, n) -> new ProgrammeGap(rs.getLong(1), rs.getString(2), rs.getObject(3) == null,
                        rs.getObject(4) == null));
    }

    @Override
    public long countWithoutNamedRoles() {
        Long count = jdbc.queryForObject("select count(*)" + MISSING,
                new MapSqlParameterSource("tenant", TenantContext.require()), Long.class);
        return count == null ? 0 : count;
    }
}
