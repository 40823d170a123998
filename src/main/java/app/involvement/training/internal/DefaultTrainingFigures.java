package app.involvement.training.internal;

import app.involvement.tenancy.TenantContext;
import app.involvement.training.TrainingFigures;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One aggregate query over required modules × active partners, naming the tenant (DD001, DD040). */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'REVIEWER')")
class DefaultTrainingFigures implements TrainingFigures {

    private final NamedParameterJdbcTemplate jdbc;

    DefaultTrainingFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ModuleCompliance> compliance(LocalDate today, int limit) {
        String sql = "select m.id, m.title,"
                + " sum(case when r.id is not null and (r.valid_until is null or r.valid_until >= :today)"
                + " then 1 else 0 end),"
                + " sum(case when r.id is not null and r.valid_until < :today then 1 else 0 end),"
                + " sum(case when r.id is null then 1 else 0 end)"
                + " from training_module m"
                + " join partner pt on pt.tenant_id = m.tenant_id and pt.status = 'ACTIVE'"
                + " left join training_record r on r.tenant_id = m.tenant_id and r.module_id = m.id"
                + " and r.partner_id = pt.id"
                + " where m.tenant_id = :tenant and exists (select 1 from training_requirement q"
                + " where q.tenant_id = m.tenant_id and q.module_id = m.id)"
                + " group by m.id, m.title order by m.title, m.id limit :limit";
        return jdbc.query(sql, new MapSqlParameterSource("tenant", TenantContext.require())
                        .addValue("today", Date.valueOf(today)).addValue("limit", limit),
                (rs, n) -> new ModuleCompliance(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)));
    }
}
