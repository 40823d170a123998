package app.involvement.pool.internal;

import app.involvement.shared.privacy.CopySection;
import app.involvement.shared.privacy.DataSubject;
import app.involvement.shared.privacy.PersonalDataSection;
import app.involvement.shared.privacy.PersonalDataSource;
import app.involvement.tenancy.TenantContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pool's part of a person's copy (DD046): their profile, the consent they gave, their experience categories,
 * access needs, interests, status history and the staff notes about them. Every statement names the current
 * provider and this partner, so nothing of anyone else can appear.
 */
@Component
class PoolPersonalData implements PersonalDataSource {

    private static final String PARTNER = "select preferred_name, full_name, pronouns, email, phone, postcode, kind,"
            + " status, status_since, contact_preference, payment_choice, access_needs, access_notes, staff_notes,"
            + " consent_version, consent_text, consent_given_at, last_involved_on, created_at"
            + " from partner where tenant_id = :tenant and id = :partner";
    private static final String CATEGORIES = "select c.name from partner_experience e join experience_category c"
            + " on c.id = e.category_id and c.tenant_id = e.tenant_id"
            + " where e.tenant_id = :tenant and e.partner_id = :partner order by c.name";
    private static final String INTERESTS = "select t.name from partner_interest i join activity_type t"
            + " on t.id = i.activity_type_id and t.tenant_id = i.tenant_id"
            + " where i.tenant_id = :tenant and i.partner_id = :partner order by t.name";
    private static final String HISTORY = "select from_status, to_status, changed_on, reason, changed_by, recorded_at"
            + " from partner_status_change where tenant_id = :tenant and partner_id = :partner"
            + " order by recorded_at, id";

    private final NamedParameterJdbcTemplate jdbc;

    PoolPersonalData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalDataSection> sections(DataSubject subject, Locale locale) {
        long tenant = TenantContext.require();
        if (subject.tenantId() != tenant) {
            return List.of();
        }
        var parameters = new MapSqlParameterSource("tenant", tenant).addValue("partner", subject.partnerId());
        var profile = CopySection.of("profile", locale);
        var consent = CopySection.of("consent", locale);
        var access = CopySection.of("accessNeeds", locale);
        var notes = CopySection.of("staffNotes", locale);
        List<Boolean> found = new ArrayList<>();
        jdbc.query(PARTNER, parameters, rs -> {
            found.add(true);
            profile.row()
                    .text("preferredName", rs.getString("preferred_name"))
                    .text("fullName", rs.getString("full_name"))
                    .text("pronouns", rs.getString("pronouns"))
                    .text("email", rs.getString("email"))
                    .text("phone", rs.getString("phone"))
                    .text("postcode", rs.getString("postcode"))
                    .named("kind", "pool.kind.", rs.getString("kind"))
                    .named("status", "pool.status.", rs.getString("status"))
                    .date("statusSince", rs.getObject("status_since", LocalDate.class))
                    .named("contactPreference", "pool.contact.", rs.getString("contact_preference"))
                    .named("paymentChoice", "pool.payment.", rs.getString("payment_choice"))
                    .date("lastInvolvedOn", rs.getObject("last_involved_on", LocalDate.class))
                    .dateTime("createdAt", rs.getObject("created_at", LocalDateTime.class));
            if (rs.getString("consent_text") != null || rs.getObject("consent_given_at") != null) {
                consent.row()
                        .text("wording", rs.getString("consent_text"))
                        .text("version", rs.getString("consent_version"))
                        .dateTime("givenAt", rs.getObject("consent_given_at", LocalDateTime.class));
            }
            String needs = rs.getString("access_needs");
            String accessNotes = rs.getString("access_notes");
            if ((needs != null && !needs.isBlank()) || accessNotes != null) {
                var row = access.row();
                var names = needs == null || needs.isBlank() ? List.<String>of()
                        : Arrays.stream(needs.split(",")).map(String::trim).toList();
                row.text("needs", String.join("; ", names.stream().map(n -> access.words("pool.access." + n)).toList()))
                        .text("notes", accessNotes);
            }
            if (rs.getString("staff_notes") != null) {
                notes.row().text("notes", rs.getString("staff_notes"));
            }
        });
        if (found.isEmpty()) {
            return List.of();
        }
        var categories = CopySection.of("experienceCategories", locale);
        jdbc.query(CATEGORIES, parameters, rs -> {
            categories.row().text("category", rs.getString("name"));
        });
        var interests = CopySection.of("interests", locale);
        jdbc.query(INTERESTS, parameters, rs -> {
            interests.row().text("activityType", rs.getString("name"));
        });
        var history = CopySection.of("statusHistory", locale);
        jdbc.query(HISTORY, parameters, rs -> {
            history.row()
                    .named("from", "pool.status.", rs.getString("from_status"))
                    .named("to", "pool.status.", rs.getString("to_status"))
                    .date("changedOn", rs.getObject("changed_on", LocalDate.class))
                    .text("reason", rs.getString("reason"))
                    .text("changedBy", rs.getString("changed_by"))
                    .dateTime("recordedAt", rs.getObject("recorded_at", LocalDateTime.class));
        });
        return List.of(profile.build(), consent.build(), categories.build(), access.build(), interests.build(),
                history.build(), notes.build());
    }
}
