package app.involvement.sessions.internal;

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
 * Forgets an erased partner's involvement (DD048). Offers and attendance stay, so the provider's session counts and
 * places filled do not change; their free texts go: withdrawal reasons, conflict details in declarations, wellbeing
 * notes. The calendar feed is deleted (its link stops working). A name written into a session's own texts (for
 * example "Sam will share their story") is replaced by "partner {id}".
 */
@Component
class SessionsEraser implements PersonalDataEraser {

    static final int ORDER = 120;

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entityManager;

    SessionsEraser(NamedParameterJdbcTemplate jdbc, EntityManager entityManager) {
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
        jdbc.update("update session_offer set withdrawal_reason = null where " + ofPartner, partner);
        jdbc.update("update session_declaration set conflict_details = null where " + ofPartner, partner);
        jdbc.update("update wellbeing_note set note = null where " + ofPartner, partner);
        ErasedText.replaceInColumns(jdbc, "wellbeing_note", List.of("closed_by"), ofPartner, partner, erasedValues,
                reference);
        jdbc.update("delete from calendar_feed where " + ofPartner, partner);
        ErasedText.replaceInColumns(jdbc, "involvement_session", List.of("title", "description", "place",
                "preparation", "wellbeing_notes", "payment_note"), "tenant_id = :tenant", partner, erasedValues,
                reference);
    }
}
