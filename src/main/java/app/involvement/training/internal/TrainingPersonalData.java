package app.involvement.training.internal;

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
 * Training and support's part of a person's copy (DD046): their training records, the training sessions they
 * booked, their named contact and the practical support they asked for. Risk assessments are about an activity,
 * not a person, and are left out; other partners booked on the same training session are never read.
 */
@Component
class TrainingPersonalData implements PersonalDataSource {

    private static final String RECORDS = "select m.title, r.completed_on, r.valid_until, r.evidence, r.confirmed,"
            + " r.recorded_by from training_record r join training_module m on m.id = r.module_id"
            + " and m.tenant_id = r.tenant_id where r.tenant_id = :tenant and r.partner_id = :partner"
            + " order by r.completed_on, r.id";
    private static final String BOOKINGS = "select m.title, e.held_on, e.start_time, e.place, e.online, b.attended"
            + " from training_booking b join training_event e on e.id = b.event_id and e.tenant_id = b.tenant_id"
            + " join training_module m on m.id = e.module_id and m.tenant_id = e.tenant_id"
            + " where b.tenant_id = :tenant and b.partner_id = :partner order by e.held_on, b.id";
    private static final String CONTACT = "select u.display_name, c.changed_at from named_contact c"
            + " join membership s on s.tenant_id = c.tenant_id and s.user_id = c.staff_user_id"
            + " and s.role in ('LEAD', 'COORDINATOR') join user_account u on u.id = s.user_id"
            + " where c.tenant_id = :tenant and c.partner_id = :partner";
    private static final String SUPPORT = "select kind, details, needed_on, status, outcome, requested_at, handled_at"
            + " from support_request where tenant_id = :tenant and partner_id = :partner order by requested_at, id";

    private final NamedParameterJdbcTemplate jdbc;

    TrainingPersonalData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalDataSection> sections(DataSubject subject, Locale locale) {
        long tenant = TenantContext.require();
        if (subject.tenantId() != tenant) {
            return List.of();
        }
        var parameters = new MapSqlParameterSource("tenant", tenant).addValue("partner", subject.partnerId());
        var records = CopySection.of("trainingRecords", locale);
        jdbc.query(RECORDS, parameters, rs -> {
            records.row()
                    .text("module", rs.getString("title"))
                    .date("completedOn", rs.getObject("completed_on", LocalDate.class))
                    .date("validUntil", rs.getObject("valid_until", LocalDate.class))
                    .text("evidence", rs.getString("evidence"))
                    .yesNo("confirmed", rs.getBoolean("confirmed"))
                    .text("recordedBy", rs.getString("recorded_by"));
        });
        var bookings = CopySection.of("trainingBookings", locale);
        jdbc.query(BOOKINGS, parameters, rs -> {
            bookings.row()
                    .text("module", rs.getString("title"))
                    .date("heldOn", rs.getObject("held_on", LocalDate.class))
                    .text("startTime", rs.getString("start_time"))
                    .text("place", rs.getString("place"))
                    .yesNo("online", rs.getBoolean("online"))
                    .yesNo("attended", rs.getBoolean("attended"));
        });
        var contact = CopySection.of("namedContact", locale);
        jdbc.query(CONTACT, parameters, rs -> {
            contact.row()
                    .text("name", rs.getString("display_name"))
                    .dateTime("since", rs.getObject("changed_at", LocalDateTime.class));
        });
        var support = CopySection.of("supportRequests", locale);
        jdbc.query(SUPPORT, parameters, rs -> {
            support.row()
                    .named("kind", "my-support.kind.", rs.getString("kind"))
                    .text("details", rs.getString("details"))
                    .date("neededOn", rs.getObject("needed_on", LocalDate.class))
                    .named("status", "my-support.status.", rs.getString("status"))
                    .text("outcome", rs.getString("outcome"))
                    .dateTime("requestedAt", rs.getObject("requested_at", LocalDateTime.class))
                    .dateTime("handledAt", rs.getObject("handled_at", LocalDateTime.class));
        });
        return List.of(records.build(), bookings.build(), contact.build(), support.build());
    }
}
