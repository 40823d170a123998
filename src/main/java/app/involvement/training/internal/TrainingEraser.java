package app.involvement.training.internal;

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
 * Forgets an erased partner's training and support (DD048). Training records and bookings stay, without free text,
 * so the provider's completion and attendance figures still add up (they point at an anonymised partner); support
 * requests stay as counts of kinds and dates with their details and outcome cleared; the named contact is removed.
 * Risk assessments are not about one partner, but a name written into one is replaced by "partner {id}".
 */
@Component
class TrainingEraser implements PersonalDataEraser {

    static final int ORDER = 110;

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entityManager;

    TrainingEraser(NamedParameterJdbcTemplate jdbc, EntityManager entityManager) {
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
        String ofPartner = "tenant_id = :tenant and partner_id = :partner";
        String reference = ErasedText.partnerReference(subject);
        jdbc.update("update training_record set evidence = null where " + ofPartner, partner);
        jdbc.update("update support_request set details = null, outcome = null where " + ofPartner, partner);
        jdbc.update("delete from named_contact where " + ofPartner, partner);
        ErasedText.replaceInColumns(jdbc, "training_record", List.of("recorded_by"), ofPartner, partner, erasedValues,
                reference);
        ErasedText.replaceInColumns(jdbc, "support_request", List.of("requested_by", "handled_by"), ofPartner, partner,
                erasedValues, reference);
        ErasedText.replaceInColumns(jdbc, "risk_assessment", List.of("session_reference", "who_may_be_harmed",
                "hazards", "controls"), "tenant_id = :tenant", partner, erasedValues, reference);
    }
}
