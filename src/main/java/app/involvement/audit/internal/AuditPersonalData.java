package app.involvement.audit.internal;

import app.involvement.shared.privacy.CopySection;
import app.involvement.shared.privacy.DataSubject;
import app.involvement.shared.privacy.PersonalDataSection;
import app.involvement.shared.privacy.PersonalDataSource;
import app.involvement.tenancy.TenantContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log's part of a person's copy (DD046): entries of this provider about them, the newest
 * {@value #MOST} at most, written oldest first. An entry is about them when its subject is their e-mail address,
 * "partner {id}" or "user {id}", or when they did it themselves (the actor is their e-mail address). Who did it is
 * shown as recorded: a staff member's e-mail address, as the access log the issue asks for shows who looked.
 */
@Component
class AuditPersonalData implements PersonalDataSource {

    static final int MOST = 1000;

    private static final String ENTRIES = "select event_type, occurred_at, actor, subject, detail from audit_entry"
            + " where tenant_id = :tenant and (subject in (:subjects) or (:email is not null and actor = :email))"
            + " order by occurred_at desc, id desc limit " + MOST;

    private final NamedParameterJdbcTemplate jdbc;

    AuditPersonalData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalDataSection> sections(DataSubject subject, Locale locale) {
        long tenant = TenantContext.require();
        if (subject.tenantId() != tenant) {
            return List.of();
        }
        List<String> subjects = new ArrayList<>(List.of("partner " + subject.partnerId()));
        if (subject.userId() != null) {
            subjects.add("user " + subject.userId());
        }
        String email = subject.email() == null || subject.email().isBlank() ? null : subject.email();
        if (email != null) {
            subjects.add(email);
        }
        var parameters = new MapSqlParameterSource("tenant", tenant).addValue("subjects", subjects)
                .addValue("email", email);
        List<Entry> newestFirst = jdbc.query(ENTRIES, parameters, (rs, row) -> new Entry(
                rs.getString("event_type"), rs.getObject("occurred_at", LocalDateTime.class), rs.getString("actor"),
                rs.getString("subject"), rs.getString("detail")));
        var entries = CopySection.of("auditEntries", locale);
        for (Entry entry : newestFirst.reversed()) {
            entries.row()
                    .text("type", entry.type())
                    .dateTime("occurredAt", entry.at())
                    .text("actor", entry.actor())
                    .text("subject", entry.subject())
                    .text("detail", entry.detail());
        }
        return List.of(entries.build());
    }

    private record Entry(String type, LocalDateTime at, String actor, String subject, String detail) {
    }
}
