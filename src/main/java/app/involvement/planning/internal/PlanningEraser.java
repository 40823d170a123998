package app.involvement.planning.internal;

import app.involvement.shared.BackgroundOnly;
import app.involvement.shared.privacy.DataSubject;
import app.involvement.shared.privacy.ErasedText;
import app.involvement.shared.privacy.PersonalDataEraser;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Planning holds no record of a partner, but staff write prose (strategy, objectives' progress, policy texts,
 * review summaries, quality responses, referrals) that may name one ("Sam Taylor co-led the panel"). An erased
 * partner's values in that prose become "partner {id}"; the documents stay (DD048). Uploaded policy files are not
 * searched.
 */
@Component
class PlanningEraser implements PersonalDataEraser {

    static final int ORDER = 135;
    private static final Map<String, List<String>> PROSE = Map.of(
            "involvement_strategy", List.of("body"),
            "strategy_objective", List.of("measure", "target", "progress"),
            "policy_version", List.of("body"),
            "review_cycle", List.of("summary"),
            "quality_activity", List.of("response"),
            "review_referral", List.of("issue"));

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entityManager;

    PlanningEraser(NamedParameterJdbcTemplate jdbc, EntityManager entityManager) {
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
        var tenant = new MapSqlParameterSource("tenant", subject.tenantId());
        PROSE.forEach((table, columns) -> ErasedText.replaceInColumns(jdbc, table, columns, "tenant_id = :tenant",
                tenant, erasedValues, ErasedText.partnerReference(subject)));
    }
}
