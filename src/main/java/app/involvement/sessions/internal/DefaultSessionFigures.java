package app.involvement.sessions.internal;

import app.involvement.sessions.SessionFigures;
import app.involvement.shared.UkFormats;
import app.involvement.tenancy.TenantContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Native SQL naming the tenant explicitly. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
class DefaultSessionFigures implements SessionFigures {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    DefaultSessionFigures(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public long openOffers() {
        Long count = jdbc.queryForObject("select count(*) from session_offer o join involvement_session s"
                + " on s.tenant_id = o.tenant_id and s.id = o.session_id where o.tenant_id = :tenant"
                + " and o.status in ('OFFERED', 'ACCEPTED') and s.status = 'PLANNED' and s.held_on >= :today",
                Map.of("tenant", TenantContext.require(),
                        "today", Date.valueOf(LocalDate.now(clock.withZone(UkFormats.UK_TIME)))), Long.class);
        return count == null ? 0 : count;
    }
}
