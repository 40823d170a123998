package app.involvement.sessions.internal;

import app.involvement.sessions.MailRecipient;
import app.involvement.sessions.SessionFacts;
import app.involvement.sessions.SessionLimits;
import app.involvement.sessions.SessionMailFacts;
import app.involvement.sessions.SessionStatus;
import app.involvement.shared.Language;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads for the session e-mails (DD028). Native SQL naming the event's provider in every query, as the listeners
 * run for coordinators, partners and scheduled jobs alike; each read is one bounded query. They run inside the
 * publisher's transaction, so its changes not yet written (the new time, the cancelled status, the confirmed place)
 * are flushed first: the mail describes the session as it is committed.
 */
@Service
class DefaultSessionMailFacts implements SessionMailFacts {

    static final String FACTS = "select s.id, s.tenant_id, s.title, s.held_on, s.start_time, s.end_time, s.place,"
            + " s.online_link, s.preparation, s.preparation_link, s.coordinator_email, s.status, s.ics_sequence,"
            + " v.name as provider_name, v.contact_email from involvement_session s join provider v on v.id = s.tenant_id";
    private static final String STAFF = "select u.display_name, u.email, u.language, v.default_language"
            + " from membership m join user_account u on u.id = m.user_id join provider v on v.id = m.tenant_id";
    private static final int LEADS_MAX = 20;

    private final NamedParameterJdbcTemplate jdbc;
    private final SessionCalendar calendar;
    private final EntityManager entityManager;

    DefaultSessionMailFacts(NamedParameterJdbcTemplate jdbc, SessionCalendar calendar, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.entityManager = entityManager;
    }

    /** Writes the publisher's pending changes, so the plain SQL below reads them. */
    private void flushPending() {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            entityManager.flush();
        }
    }

    @Override
    public Optional<SessionFacts> session(Long tenantId, Long sessionId) {
        flushPending();
        return jdbc.query(FACTS + " where s.tenant_id = :tenant and s.id = :id",
                new MapSqlParameterSource("tenant", tenantId).addValue("id", sessionId),
                (rs, n) -> facts(rs)).stream().findFirst();
    }

    @Override
    public List<MailRecipient> partners(Long tenantId, Collection<Long> partnerIds) {
        flushPending();
        var ids = partnerIds.stream().distinct().toList();
        var found = new ArrayList<MailRecipient>();
        for (int from = 0; from < ids.size(); from += SessionLimits.PAGE_SIZE_MAX) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + SessionLimits.PAGE_SIZE_MAX));
            found.addAll(jdbc.query("select p.id, p.preferred_name, coalesce(p.email, u.email) as email, u.language,"
                    + " v.default_language from partner p join provider v on v.id = p.tenant_id"
                    + " left join user_account u on u.id = p.user_id where p.tenant_id = :tenant and p.id in (:ids)"
                    + " order by p.id", new MapSqlParameterSource("tenant", tenantId).addValue("ids", chunk),
                    (rs, n) -> new MailRecipient(rs.getLong("id"), rs.getString("preferred_name"),
                            rs.getString("email"), language(rs))));
        }
        return found.stream().filter(r -> r.email() != null && !r.email().isBlank()).toList();
    }

    @Override
    public Optional<Instant> offerExpiry(Long tenantId, Long offerId) {
        flushPending();
        return jdbc.query("select expires_at from session_offer where tenant_id = :tenant and id = :id",
                new MapSqlParameterSource("tenant", tenantId).addValue("id", offerId), (rs, n) -> {
                    Timestamp at = rs.getTimestamp("expires_at");
                    return Optional.ofNullable(at).map(Timestamp::toInstant);
                }).stream().findFirst().flatMap(o -> o);
    }

    @Override
    public List<Long> confirmedPartnerIds(Long tenantId, Long sessionId) {
        flushPending();
        return jdbc.queryForList("select partner_id from session_offer where tenant_id = :tenant and session_id = :id"
                + " and status = 'CONFIRMED' order by id limit :limit", new MapSqlParameterSource("tenant", tenantId)
                .addValue("id", sessionId).addValue("limit", SessionLimits.PAGE_SIZE_MAX), Long.class);
    }

    @Override
    public List<MailRecipient> leads(Long tenantId) {
        return jdbc.query(STAFF + " where m.tenant_id = :tenant and m.role = 'LEAD' order by u.id limit :limit",
                new MapSqlParameterSource("tenant", tenantId).addValue("limit", LEADS_MAX), (rs, n) -> staff(rs));
    }

    @Override
    public Optional<MailRecipient> staff(Long tenantId, String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return jdbc.query(STAFF + " where m.tenant_id = :tenant and m.role in ('LEAD', 'COORDINATOR') and u.email = :email",
                new MapSqlParameterSource("tenant", tenantId).addValue("email", email.trim().toLowerCase(Locale.ROOT)),
                (rs, n) -> staff(rs)).stream().findFirst();
    }

    @Override
    public Optional<MailRecipient> namedContact(Long tenantId, Long partnerId) {
        return jdbc.query(STAFF + " join named_contact c on c.tenant_id = m.tenant_id and c.staff_user_id = m.user_id"
                + " where m.tenant_id = :tenant and c.partner_id = :partner and m.role in ('LEAD', 'COORDINATOR')",
                new MapSqlParameterSource("tenant", tenantId).addValue("partner", partnerId),
                (rs, n) -> staff(rs)).stream().findFirst();
    }

    @Override
    public String calendarEntry(SessionFacts session, MailRecipient attendee) {
        return calendar.entry(session, attendee);
    }

    static SessionFacts facts(ResultSet rs) throws SQLException {
        String coordinator = rs.getString("coordinator_email");
        return new SessionFacts(rs.getLong("tenant_id"), rs.getLong("id"), rs.getString("provider_name"),
                rs.getString("title"), rs.getDate("held_on").toLocalDate(), rs.getTime("start_time").toLocalTime(),
                rs.getTime("end_time").toLocalTime(), rs.getString("place"), rs.getString("online_link"),
                rs.getString("preparation"), rs.getString("preparation_link"), coordinator,
                coordinator == null || coordinator.isBlank() ? rs.getString("contact_email") : coordinator,
                SessionStatus.valueOf(rs.getString("status")), rs.getInt("ics_sequence"));
    }

    private static MailRecipient staff(ResultSet rs) throws SQLException {
        return new MailRecipient(null, rs.getString("display_name"), rs.getString("email"), language(rs));
    }

    private static Language language(ResultSet rs) throws SQLException {
        String provider = rs.getString("default_language");
        return Language.fromCode(rs.getString("language")).or(() -> Language.fromCode(provider))
                .orElse(Language.ENGLISH);
    }
}
