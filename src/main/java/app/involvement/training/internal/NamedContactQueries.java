package app.involvement.training.internal;

import app.involvement.tenancy.TenantContext;
import app.involvement.training.NamedContactRow;
import app.involvement.training.SupportLimits;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Partners with their named contact, one query per page and one count (DD019). Native SQL: every tenant
 * table is filtered by the tenant here, and the contact counts only while they are a lead or coordinator
 * of this provider (DD001, DD023).
 */
@Component
class NamedContactQueries {

    private static final String FROM = " from partner p"
            + " left join named_contact c on c.tenant_id = :tenant and c.partner_id = p.id"
            + " left join membership m on m.tenant_id = :tenant and m.user_id = c.staff_user_id"
            + " and m.role in ('LEAD', 'COORDINATOR')"
            + " left join user_account u on u.id = m.user_id"
            + " where p.tenant_id = :tenant and p.status <> 'LEFT'";
    private static final String WITHOUT = " and u.id is null";

    private final NamedParameterJdbcTemplate jdbc;

    NamedContactQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<NamedContactRow> page(boolean withoutOnly, Pageable pageable) {
        int size = Math.min(pageable.getPageSize(), SupportLimits.PAGE_SIZE_MAX);
        var parameters = new MapSqlParameterSource("tenant", TenantContext.require()).addValue("limit", size)
                .addValue("offset", (long) pageable.getPageNumber() * size);
        String sql = "select p.id, p.preferred_name, p.full_name, u.display_name, u.email" + FROM
                + (withoutOnly ? WITHOUT : "") + " order by p.preferred_name, p.id limit :limit offset :offset";
        return jdbc.query(sql, parameters, (rs, row) -> new NamedContactRow(rs.getLong("id"),
                rs.getString("preferred_name"), rs.getString("full_name"), rs.getString("display_name"),
                rs.getString("email")));
    }

    long count(boolean withoutOnly) {
        Long count = jdbc.queryForObject("select count(*)" + FROM + (withoutOnly ? WITHOUT : ""),
                new MapSqlParameterSource("tenant", TenantContext.require()), Long.class);
        return count == null ? 0 : count;
    }
}
