package app.involvement.notifications.internal;

import app.involvement.shared.BackgroundOnly;
import app.involvement.shared.privacy.DataSubject;
import app.involvement.shared.privacy.ErasedText;
import app.involvement.shared.privacy.PersonalDataEraser;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Forgets Spring Modulith's event publication registry entries that carry an erased value (DD048). Completed
 * publications are deleted as they complete (completion-mode=delete), so what is left is incomplete: events whose
 * after-commit listener has not run yet (mostly mail to the person, or about them). These are deleted too, so no
 * restart re-sends them: a mail to someone erased must not go. The registry is not tenant data (the event carries
 * its tenant), so rows are matched by the values alone.
 */
@Component
class EventPublicationEraser implements PersonalDataEraser {

    static final int ORDER = 175;

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entityManager;

    EventPublicationEraser(NamedParameterJdbcTemplate jdbc, EntityManager entityManager) {
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
        for (String value : ErasedText.usable(erasedValues)) {
            var like = new MapSqlParameterSource("value", "%" + value.toLowerCase(Locale.ROOT) + "%");
            for (var row : jdbc.queryForList("select id, serialized_event from EVENT_PUBLICATION"
                    + " where lower(serialized_event) like :value", like)) {
                if (ErasedText.mentions((String) row.get("serialized_event"), List.of(value))) {
                    jdbc.update("delete from EVENT_PUBLICATION where id = :id",
                            new MapSqlParameterSource("id", row.get("id")));
                }
            }
        }
    }
}
