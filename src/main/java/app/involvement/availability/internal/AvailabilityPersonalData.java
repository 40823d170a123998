package app.involvement.availability.internal;

import app.involvement.shared.Language;
import app.involvement.shared.privacy.CopySection;
import app.involvement.shared.privacy.DataSubject;
import app.involvement.shared.privacy.PersonalDataSection;
import app.involvement.shared.privacy.PersonalDataSource;
import app.involvement.tenancy.TenantContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Availability's part of a person's copy (DD046): their weekly pattern and the dates they changed it for. */
@Component
class AvailabilityPersonalData implements PersonalDataSource {

    private static final String WEEKLY = "select day_of_week, part_of_day from weekly_availability"
            + " where tenant_id = :tenant and partner_id = :partner order by day_of_week,"
            + " case part_of_day when 'MORNING' then 1 when 'AFTERNOON' then 2 else 3 end";
    private static final String EXCEPTIONS = "select starts_on, ends_on, available, note from availability_exception"
            + " where tenant_id = :tenant and partner_id = :partner order by starts_on, id";

    private final NamedParameterJdbcTemplate jdbc;

    AvailabilityPersonalData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalDataSection> sections(DataSubject subject, Locale locale) {
        long tenant = TenantContext.require();
        if (subject.tenantId() != tenant) {
            return List.of();
        }
        var parameters = new MapSqlParameterSource("tenant", tenant).addValue("partner", subject.partnerId());
        Locale reader = Language.of(locale).locale();
        var weekly = CopySection.of("weeklyAvailability", locale);
        jdbc.query(WEEKLY, parameters, rs -> {
            weekly.row()
                    .text("day", DayOfWeek.of(rs.getInt("day_of_week")).getDisplayName(TextStyle.FULL, reader))
                    .named("partOfDay", "part.", rs.getString("part_of_day"));
        });
        var exceptions = CopySection.of("availabilityExceptions", locale);
        jdbc.query(EXCEPTIONS, parameters, rs -> {
            exceptions.row()
                    .date("from", rs.getObject("starts_on", LocalDate.class))
                    .date("to", rs.getObject("ends_on", LocalDate.class))
                    .yesNo("available", rs.getBoolean("available"))
                    .text("note", rs.getString("note"));
        });
        return List.of(weekly.build(), exceptions.build());
    }
}
