package app.involvement.pool.internal;

import app.involvement.shared.privacy.InactivePartners;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The provider's partners not involved, and with no change of status, since before a day (DD049): the later of
 * {@code last_involved_on} and {@code status_since} is before it. Erased partners (anonymised rows) are left out.
 */
@Component
class InactivePartnerQuery implements InactivePartners {

    private static final String LAST_ACTIVE = "greatest(status_since, coalesce(last_involved_on, status_since))";
    private static final String WHERE = " from partner where tenant_id = ? and status_since < ?"
            + " and (last_involved_on is null or last_involved_on < ?)"
            + " and erased_on is null";

    private final JdbcTemplate jdbc;

    InactivePartnerQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long count(long tenantId, LocalDate before) {
        Long count = jdbc.queryForObject("select count(*)" + WHERE, Long.class, tenantId, Date.valueOf(before),
                Date.valueOf(before));
        return count == null ? 0 : count;
    }

    @Override
    public List<InactivePartner> find(long tenantId, LocalDate before, int offset, int limit) {
        return jdbc.query("select id, preferred_name, " + LAST_ACTIVE + " as last_active" + WHERE
                        + " order by last_active, id limit ? offset ?",
                (rs, i) -> new InactivePartner(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate()),
                tenantId, Date.valueOf(before), Date.valueOf(before), limit, offset);
    }
}
