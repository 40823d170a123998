package app.involvement.sessions.internal;

import app.involvement.pool.MyProfile;
import app.involvement.sessions.CalendarFeeds;
import app.involvement.sessions.SessionFacts;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.tenancy.TenantContext;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners' private calendar-feed links (DD028). The address is {@code <base>/calendar/<provider id>/<token>.ics};
 * the token is shown once and only its hash stored; making a new link revokes the old one. Both are audited.
 */
@Service
@Transactional
class DefaultCalendarFeeds implements CalendarFeeds {

    /** How far back and ahead the feed lists sessions, and how many at most. */
    static final int PAST_DAYS = 31;
    static final int AHEAD_DAYS = 366;
    static final int FEED_MAX = 200;

    private final CalendarFeedRepository feeds;
    private final MyProfile myProfile;
    private final NamedParameterJdbcTemplate jdbc;
    private final SessionCalendar calendar;
    private final SessionAudit audit;
    private final Clock clock;
    private final String baseUrl;

    DefaultCalendarFeeds(CalendarFeedRepository feeds, MyProfile myProfile, NamedParameterJdbcTemplate jdbc,
            SessionCalendar calendar, SessionAudit audit, Clock clock,
            @Value("${involvement.identity.base-url:http://localhost:8080}") String baseUrl) {
        this.feeds = feeds;
        this.myProfile = myProfile;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl.trim().replaceAll("/+$", "");
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PARTNER')")
    public Optional<Instant> activeSince() {
        return myProfile.id().flatMap(p -> feeds.findByPartnerIdAndRevokedAtIsNull(p).stream()
                .map(CalendarFeed::getCreatedAt).max(Instant::compareTo));
    }

    @Override
    @PreAuthorize("hasRole('PARTNER')")
    public String create() {
        Long partner = me();
        boolean replaced = revokeAll(partner);
        String token = FeedTokens.newToken();
        feeds.save(new CalendarFeed(partner, FeedTokens.hash(token), clock.instant()));
        audit.record("CALENDAR_FEED_CREATED", "partner " + partner, replaced ? "earlier link revoked" : null);
        return baseUrl + "/calendar/" + TenantContext.require() + "/" + token + ".ics";
    }

    @Override
    @PreAuthorize("hasRole('PARTNER')")
    public void revoke() {
        Long partner = me();
        if (revokeAll(partner)) {
            audit.record("CALENDAR_FEED_REVOKED", "partner " + partner, null);
        }
    }

    /**
     * The feed behind a link: the partner's confirmed sessions from a month ago to a year ahead, as METHOD:PUBLISH;
     * empty for a malformed, unknown or revoked token, or a token of another provider. No signed-in person: the
     * secret is the authorisation, and the provider is named in every query.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<String> feed(Long tenantId, String token) {
        if (tenantId == null || !FeedTokens.wellFormed(token)) {
            return Optional.empty();
        }
        var params = new MapSqlParameterSource("tenant", tenantId).addValue("hash", FeedTokens.hash(token));
        List<Long> partner = jdbc.queryForList("select partner_id from calendar_feed where tenant_id = :tenant"
                + " and token_hash = :hash and revoked_at is null", params, Long.class);
        if (partner.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock.withZone(UkFormats.UK_TIME));
        List<SessionFacts> sessions = jdbc.query(DefaultSessionMailFacts.FACTS
                + " join session_offer o on o.tenant_id = s.tenant_id and o.session_id = s.id"
                + " where s.tenant_id = :tenant and o.partner_id = :partner and o.status = 'CONFIRMED'"
                + " and s.status <> 'CANCELLED' and s.held_on between :from and :until"
                + " order by s.held_on, s.start_time, s.id limit :limit",
                params.addValue("partner", partner.getFirst()).addValue("from", Date.valueOf(today.minusDays(PAST_DAYS)))
                        .addValue("until", Date.valueOf(today.plusDays(AHEAD_DAYS))).addValue("limit", FEED_MAX),
                (rs, n) -> DefaultSessionMailFacts.facts(rs));
        return Optional.of(calendar.feed(sessions));
    }

    private boolean revokeAll(Long partner) {
        var open = feeds.findByPartnerIdAndRevokedAtIsNull(partner);
        Instant now = clock.instant();
        open.forEach(f -> f.revoke(now));
        return !open.isEmpty();
    }

    private Long me() {
        return myProfile.id().orElseThrow(() -> new BusinessRuleException("my-calendar.no-profile"));
    }
}
