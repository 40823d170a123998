package app.involvement.feedback.internal;

import app.involvement.shared.privacy.CopySection;
import app.involvement.shared.privacy.DataSubject;
import app.involvement.shared.privacy.PersonalDataSection;
import app.involvement.shared.privacy.PersonalDataSource;
import app.involvement.tenancy.TenantContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback's part of a person's copy (DD046): the feedback they gave after sessions. Staff and learners' feedback
 * is about the session, not the person, and other partners' feedback is never read.
 */
@Component
class FeedbackPersonalData implements PersonalDataSource {

    private static final String GIVEN = "select s.title, s.held_on, f.rating, f.support_enough, f.would_again,"
            + " f.to_change, f.given_at, f.changed_at from partner_feedback f"
            + " join involvement_session s on s.id = f.session_id and s.tenant_id = f.tenant_id"
            + " where f.tenant_id = :tenant and f.partner_id = :partner order by f.given_at, f.id";

    private final NamedParameterJdbcTemplate jdbc;

    FeedbackPersonalData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 120;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalDataSection> sections(DataSubject subject, Locale locale) {
        long tenant = TenantContext.require();
        if (subject.tenantId() != tenant) {
            return List.of();
        }
        var parameters = new MapSqlParameterSource("tenant", tenant).addValue("partner", subject.partnerId());
        var given = CopySection.of("feedbackGiven", locale);
        jdbc.query(GIVEN, parameters, rs -> {
            given.row()
                    .text("session", rs.getString("title"))
                    .date("heldOn", rs.getObject("held_on", LocalDate.class))
                    .named("rating", "feedback.rating.", rs.getInt("rating"))
                    .yesNo("supportEnough", rs.getBoolean("support_enough"))
                    .yesNo("wouldAgain", rs.getBoolean("would_again"))
                    .text("toChange", rs.getString("to_change"))
                    .dateTime("givenAt", rs.getObject("given_at", LocalDateTime.class))
                    .dateTime("changedAt", rs.getObject("changed_at", LocalDateTime.class));
        });
        return List.of(given.build());
    }
}
