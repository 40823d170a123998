package app.involvement.feedback.internal;

import app.involvement.shared.BackgroundOnly;
import app.involvement.shared.privacy.DataSubject;
import app.involvement.shared.privacy.ErasedText;
import app.involvement.shared.privacy.PersonalDataEraser;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Forgets the feedback an erased partner gave, keeping it anonymous (DD048): ratings and yes/no answers stay for
 * the provider's evaluation figures; what they wrote ("what should change") is cleared. Staff and learner feedback
 * and the actions raised from feedback are about sessions, not about the partner: a name written into them is
 * replaced by "partner {id}".
 */
@Component
class FeedbackEraser implements PersonalDataEraser {

    static final int ORDER = 130;

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entityManager;

    FeedbackEraser(NamedParameterJdbcTemplate jdbc, EntityManager entityManager) {
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
        String reference = ErasedText.partnerReference(subject);
        jdbc.update("update partner_feedback set to_change = null where tenant_id = :tenant and partner_id = :partner",
                partner);
        String ofTenant = "tenant_id = :tenant";
        ErasedText.replaceInColumns(jdbc, "feedback_action", List.of("heard", "what", "changed", "raised_by"),
                ofTenant, partner, erasedValues, reference);
        ErasedText.replaceInColumns(jdbc, "staff_feedback", List.of("feedback_text"), ofTenant, partner, erasedValues,
                reference);
        ErasedText.replaceInColumns(jdbc, "learner_feedback", List.of("comments"), ofTenant, partner, erasedValues,
                reference);
    }
}
