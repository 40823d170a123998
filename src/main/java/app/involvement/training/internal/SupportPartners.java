package app.involvement.training.internal;

import app.involvement.tenancy.TenantContext;
import app.involvement.training.SupportedPartner;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the pool's partner table for the current provider only: native SQL is not tenant-filtered by
 * Hibernate, so the tenant is named in every query (DD001).
 */
@Component
class SupportPartners {

    private final NamedParameterJdbcTemplate jdbc;

    SupportPartners(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SupportedPartner> find(Long partnerId) {
        if (partnerId == null) {
            return Optional.empty();
        }
        return jdbc.query("select id, preferred_name, full_name from partner where id = :id and tenant_id = :tenant",
                new MapSqlParameterSource("id", partnerId).addValue("tenant", TenantContext.require()),
                (rs, row) -> new SupportedPartner(rs.getLong("id"), rs.getString("preferred_name"),
                        rs.getString("full_name"))).stream().findFirst();
    }

    boolean exists(Long partnerId) {
        if (partnerId == null) {
            return false;
        }
        Long count = jdbc.queryForObject("select count(*) from partner where id = :id and tenant_id = :tenant",
                new MapSqlParameterSource("id", partnerId).addValue("tenant", TenantContext.require()), Long.class);
        return count != null && count > 0;
    }
}
