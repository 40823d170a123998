package app.involvement.availability.internal;

import app.involvement.shared.BackgroundOnly;
import app.involvement.shared.privacy.DataSubject;
import app.involvement.shared.privacy.PersonalDataEraser;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Forgets when an erased partner is free: their weekly pattern and dated exceptions (with their notes) are
 * deleted; nothing here is needed for anonymous counts (DD048).
 */
@Component
class AvailabilityEraser implements PersonalDataEraser {

    static final int ORDER = 100;

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entityManager;

    AvailabilityEraser(NamedParameterJdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void erase(DataSubject subject, List<String> erasedValues) {
        BackgroundOnly.checkUnless("LEAD");
        entityManager.flush();
        var partner = new MapSqlParameterSource("tenant", subject.tenantId()).addValue("partner", subject.partnerId());
        jdbc.update("delete from weekly_availability where tenant_id = :tenant and partner_id = :partner", partner);
        jdbc.update("delete from availability_exception where tenant_id = :tenant and partner_id = :partner", partner);
    }
}
