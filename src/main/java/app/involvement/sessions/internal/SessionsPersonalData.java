package app.involvement.sessions.internal;

import app.involvement.shared.privacy.CopySection;
import app.involvement.shared.privacy.DataSubject;
import app.involvement.shared.privacy.PersonalDataSection;
import app.involvement.shared.privacy.PersonalDataSource;
import app.involvement.tenancy.TenantContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions' part of a person's copy (DD046): the offers they had and what became of them (with attendance), their
 * declarations, their wellbeing check-ins and debrief requests, and each calendar link they made (on, or when it was stopped). Each
 * statement reads this partner's own rows and the session's title, date and place only, never who else took part;
 * the feed's token is never written.
 */
@Component
class SessionsPersonalData implements PersonalDataSource {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String SESSION = " join involvement_session s on s.id = x.session_id"
            + " and s.tenant_id = x.tenant_id where x.tenant_id = :tenant and x.partner_id = :partner";
    private static final String OFFERS = "select s.title, s.held_on, s.start_time, s.place, s.online_link, x.status,"
            + " x.offered_at, x.responded_at, x.withdrawal_reason, x.attendance from session_offer x" + SESSION
            + " order by s.held_on, x.id";
    private static final String DECLARATIONS = "select s.title, s.held_on, x.confidentiality_confirmed_at,"
            + " x.conflict, x.conflict_details, x.declared_at from session_declaration x" + SESSION
            + " order by s.held_on, x.id";
    private static final String WELLBEING = "select s.title, s.held_on, x.stage, x.note, x.created_at, x.closed_at"
            + " from wellbeing_note x" + SESSION + " order by x.created_at, x.id";
    private static final String FEEDS = "select created_at, revoked_at from calendar_feed"
            + " where tenant_id = :tenant and partner_id = :partner order by created_at, id";

    private final NamedParameterJdbcTemplate jdbc;

    SessionsPersonalData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalDataSection> sections(DataSubject subject, Locale locale) {
        long tenant = TenantContext.require();
        if (subject.tenantId() != tenant) {
            return List.of();
        }
        var parameters = new MapSqlParameterSource("tenant", tenant).addValue("partner", subject.partnerId());
        var offers = CopySection.of("sessionOffers", locale);
        jdbc.query(OFFERS, parameters, rs -> {
            String place = rs.getString("place");
            LocalTime start = rs.getObject("start_time", LocalTime.class);
            offers.row()
                    .text("session", rs.getString("title"))
                    .date("heldOn", rs.getObject("held_on", LocalDate.class))
                    .text("startTime", start == null ? null : TIME.format(start))
                    .text("place", place == null && rs.getString("online_link") != null
                            ? offers.words("copy.sessionOffers.online") : place)
                    .named("status", "sessions.offer.status.", rs.getString("status"))
                    .dateTime("offeredAt", rs.getObject("offered_at", LocalDateTime.class))
                    .dateTime("respondedAt", rs.getObject("responded_at", LocalDateTime.class))
                    .text("withdrawalReason", rs.getString("withdrawal_reason"))
                    .named("attendance", "sessions.attendance.", rs.getString("attendance"));
        });
        var declarations = CopySection.of("declarations", locale);
        jdbc.query(DECLARATIONS, parameters, rs -> {
            LocalDateTime confirmed = rs.getObject("confidentiality_confirmed_at", LocalDateTime.class);
            declarations.row()
                    .text("session", rs.getString("title"))
                    .date("heldOn", rs.getObject("held_on", LocalDate.class))
                    .dateTime("confidentialityConfirmedAt", confirmed)
                    .yesNo("conflict", rs.getBoolean("conflict"))
                    .text("conflictDetails", rs.getString("conflict_details"))
                    .dateTime("declaredAt", rs.getObject("declared_at", LocalDateTime.class));
        });
        var wellbeing = CopySection.of("wellbeing", locale);
        jdbc.query(WELLBEING, parameters, rs -> {
            wellbeing.row()
                    .text("session", rs.getString("title"))
                    .date("heldOn", rs.getObject("held_on", LocalDate.class))
                    .named("stage", "copy.wellbeing.stage.", rs.getString("stage"))
                    .text("note", rs.getString("note"))
                    .dateTime("createdAt", rs.getObject("created_at", LocalDateTime.class))
                    .dateTime("closedAt", rs.getObject("closed_at", LocalDateTime.class));
        });
        var feed = CopySection.of("calendarFeed", locale);
        jdbc.query(FEEDS, parameters, rs -> {
            LocalDateTime revoked = rs.getObject("revoked_at", LocalDateTime.class);
            feed.row()
                    .yesNo("on", revoked == null)
                    .dateTime("since", rs.getObject("created_at", LocalDateTime.class))
                    .dateTime("stoppedAt", revoked);
        });
        return List.of(offers.build(), declarations.build(), wellbeing.build(), feed.build());
    }
}
