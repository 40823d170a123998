package app.involvement.sessions.internal;

import app.involvement.pool.MyProfile;
import app.involvement.sessions.AcceptOutcome;
import app.involvement.sessions.Attendance;
import app.involvement.sessions.OfferMode;
import app.involvement.sessions.OfferRow;
import app.involvement.sessions.OfferSent;
import app.involvement.sessions.OfferStatus;
import app.involvement.sessions.Offers;
import app.involvement.sessions.PlaceConfirmed;
import app.involvement.sessions.PlaceWithdrawn;
import app.involvement.sessions.SessionBelowMinimum;
import app.involvement.sessions.SessionLimits;
import app.involvement.sessions.SessionStatus;
import app.involvement.shared.BusinessRuleException;
import app.involvement.tenancy.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Offers and places (DD027). Every change to places happens with the session's row locked and in read-committed
 * isolation, so the count of places taken read after the lock includes everything committed before it: two
 * partners taking the last place at once get one place and one backup slot between them.
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED)
class DefaultOffers implements Offers {

    private static final int MAX_LISTED = 500;
    private static final Set<OfferStatus> HELD = Set.of(OfferStatus.CONFIRMED, OfferStatus.BACKUP, OfferStatus.ACCEPTED);
    private static final Set<OfferStatus> ASKED_AGAIN = Set.of(OfferStatus.EXPIRED, OfferStatus.RETRACTED);

    private final InvolvementSessionRepository sessions;
    private final OfferPlaceRepository offers;
    private final MatchQueries matching;
    private final SessionCommitments commitments;
    private final MyProfile myProfile;
    private final NamedParameterJdbcTemplate jdbc;
    private final SessionAudit audit;
    private final Clock clock;
    private final TransactionTemplate perTenant;

    DefaultOffers(InvolvementSessionRepository sessions, OfferPlaceRepository offers, MatchQueries matching,
            SessionCommitments commitments, MyProfile myProfile, NamedParameterJdbcTemplate jdbc, SessionAudit audit, Clock clock,
            PlatformTransactionManager transactions) {
        this.sessions = sessions;
        this.offers = offers;
        this.matching = matching;
        this.commitments = commitments;
        this.myProfile = myProfile;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.perTenant = new TransactionTemplate(transactions);
        this.perTenant.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public List<OfferRow> forSession(Long sessionId) {
        session(sessionId);
        var parameters = new MapSqlParameterSource().addValue("tenant", TenantContext.require())
                .addValue("session", sessionId).addValue("limit", MAX_LISTED);
        return jdbc.query("select o.id, o.partner_id, p.preferred_name, o.status, o.backup_rank, o.offered_at,"
                + " o.expires_at, o.responded_at, o.withdrawal_reason, o.attendance from session_offer o"
                + " join partner p on p.tenant_id = o.tenant_id and p.id = o.partner_id"
                + " where o.tenant_id = :tenant and o.session_id = :session order by o.offered_at, o.id limit :limit",
                parameters, (rs, n) -> new OfferRow(rs.getLong("id"), rs.getLong("partner_id"),
                        rs.getString("preferred_name"), OfferStatus.valueOf(rs.getString("status")),
                        (Integer) rs.getObject("backup_rank", Integer.class), instant(rs.getTimestamp("offered_at")),
                        instant(rs.getTimestamp("expires_at")), instant(rs.getTimestamp("responded_at")),
                        rs.getString("withdrawal_reason"), Optional.ofNullable(rs.getString("attendance"))
                                .map(Attendance::valueOf).orElse(null)));
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public int send(Long sessionId, Collection<Long> partnerIds) {
        var session = locked(sessionId);
        requireFuture(session);
        Set<Long> chosen = partnerIds == null ? Set.of() : partnerIds.stream().filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (chosen.isEmpty()) {
            throw new BusinessRuleException("session.offer.nobody-chosen");
        }
        if (chosen.size() > SessionLimits.MAX_OFFERS_AT_ONCE) {
            throw new BusinessRuleException("session.offer.too-many", SessionLimits.MAX_OFFERS_AT_ONCE);
        }
        var found = matching.of(session, chosen).stream()
                .collect(Collectors.toMap(f -> f.candidate().partnerId(), Function.identity()));
        for (Long id : chosen) {
            var partner = found.get(id);
            if (partner == null) {
                throw audit.refused("partner " + id);
            }
            if (!partner.active() || !partner.candidate().eligible()) {
                throw new BusinessRuleException("session.offer.not-eligible", partner.candidate().preferredName());
            }
        }
        Map<Long, SessionOffer> earlier = new HashMap<>();
        offers.findBySessionIdAndPartnerIdIn(sessionId, chosen).forEach(o -> earlier.put(o.getPartnerId(), o));
        Instant now = clock.instant();
        Instant expires = expiry(session, now);
        Long tenant = TenantContext.require();
        for (Long partnerId : chosen) {
            var offer = earlier.get(partnerId);
            if (offer != null && ASKED_AGAIN.contains(offer.getStatus())) {
                offer.reoffer(now, expires);
            } else {
                offer = offers.save(new SessionOffer(sessionId, partnerId, now, expires));
            }
            audit.publish(new OfferSent(tenant, sessionId, offer.getId(), partnerId, false));
        }
        audit.record("SESSION_OFFERS_SENT", "session " + sessionId, chosen.size() + " partners, until " + expires);
        return chosen.size();
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public void confirm(Long offerId) {
        var offer = lockedOffer(offerId);
        var session = planned(offer.getSessionId());
        requireFuture(session);
        if (offer.getStatus() != OfferStatus.ACCEPTED) {
            throw new BusinessRuleException("session.offer.not-accepted");
        }
        if (offers.countBySessionIdAndStatus(session.getId(), OfferStatus.CONFIRMED) >= session.getPlacesTarget()) {
            throw new BusinessRuleException("session.offer.session-full");
        }
        offer.respond(OfferStatus.CONFIRMED, clock.instant());
        audit.record("SESSION_PLACE_CONFIRMED", "offer " + offerId, "session " + session.getId());
        audit.publish(new PlaceConfirmed(TenantContext.require(), session.getId(), offerId, offer.getPartnerId()));
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public void retract(Long offerId) {
        var offer = lockedOffer(offerId);
        var session = planned(offer.getSessionId());
        requireFuture(session);
        OfferStatus was = offer.getStatus();
        if (!was.open()) {
            throw new BusinessRuleException("session.offer.not-open");
        }
        boolean backupAsked = was == OfferStatus.OFFERED && offer.getBackupRank() != null;
        offer.retract();
        audit.record("SESSION_OFFER_RETRACTED", "offer " + offerId, "was " + was);
        if (was == OfferStatus.CONFIRMED || backupAsked) {
            placeFreed(session, was == OfferStatus.CONFIRMED);
        }
    }

    @Override
    @PreAuthorize("hasRole('PARTNER')")
    public AcceptOutcome accept(Long offerId) {
        var offer = myLockedOffer(offerId);
        var session = planned(offer.getSessionId());
        requireFuture(session);
        Instant now = clock.instant();
        if (offer.getStatus() != OfferStatus.OFFERED) {
            throw new BusinessRuleException("session.offer.not-open");
        }
        if (offer.getExpiresAt() != null && !now.isBefore(offer.getExpiresAt())) {
            throw new BusinessRuleException("session.offer.expired");
        }
        if (!commitments.busy(session, offer.getPartnerId()).isEmpty()) {
            throw new BusinessRuleException("session.offer.clash");
        }
        Long tenant = TenantContext.require();
        if (session.getOfferMode() == OfferMode.COORDINATOR_CONFIRMS) {
            offer.respond(OfferStatus.ACCEPTED, now);
            audit.record("SESSION_OFFER_ACCEPTED", "offer " + offerId, "awaiting confirmation");
            return AcceptOutcome.AWAITING_CONFIRMATION;
        }
        if (offers.countBySessionIdAndStatus(session.getId(), OfferStatus.CONFIRMED) < session.getPlacesTarget()) {
            offer.respond(OfferStatus.CONFIRMED, now);
            audit.record("SESSION_OFFER_ACCEPTED", "offer " + offerId, "place confirmed");
            audit.publish(new PlaceConfirmed(tenant, session.getId(), offerId, offer.getPartnerId()));
            return AcceptOutcome.CONFIRMED;
        }
        // a backup offered a freed place that someone else took first keeps their turn
        int rank = offer.getBackupRank() != null ? offer.getBackupRank()
                : Optional.ofNullable(offers.maxBackupRank(session.getId())).orElse(0) + 1;
        offer.becomeBackup(rank, now);
        audit.record("SESSION_OFFER_ACCEPTED", "offer " + offerId, "backup " + rank);
        return AcceptOutcome.BACKUP;
    }

    @Override
    @PreAuthorize("hasRole('PARTNER')")
    public void decline(Long offerId) {
        var offer = myLockedOffer(offerId);
        var session = sessions.findById(offer.getSessionId()).orElseThrow();
        if (offer.getStatus() != OfferStatus.OFFERED) {
            throw new BusinessRuleException("session.offer.not-open");
        }
        boolean backupAsked = offer.getBackupRank() != null;
        offer.respond(OfferStatus.DECLINED, clock.instant());
        audit.record("SESSION_OFFER_DECLINED", "offer " + offerId, null);
        if (backupAsked && session.getStatus() == SessionStatus.PLANNED && future(session)) {
            placeFreed(session, false);
        }
    }

    @Override
    @PreAuthorize("hasRole('PARTNER')")
    public void withdraw(Long offerId, String reason) {
        String clean = reason == null || reason.isBlank() ? null : reason.strip();
        if (clean != null && clean.length() > SessionLimits.WITHDRAWAL_REASON) {
            throw new BusinessRuleException("field.too-long", SessionLimits.WITHDRAWAL_REASON);
        }
        var offer = myLockedOffer(offerId);
        var session = planned(offer.getSessionId());
        requireFuture(session);
        OfferStatus was = offer.getStatus();
        if (!HELD.contains(was)) {
            throw new BusinessRuleException("session.offer.not-held");
        }
        offer.withdraw(clean, clock.instant());
        audit.record("SESSION_PLACE_WITHDRAWN", "offer " + offerId, "was " + was + (clean == null ? "" : ", reason given"));
        audit.publish(new PlaceWithdrawn(TenantContext.require(), session.getId(), offerId, offer.getPartnerId(), clean));
        if (was == OfferStatus.CONFIRMED) {
            placeFreed(session, true);
        }
    }

    /** Each provider in a transaction of its own, opened inside that provider so Hibernate filters by it. */
    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int expireDue() {
        app.involvement.shared.BackgroundOnly.check();
        Instant now = clock.instant();
        // the providers with something due: a platform-wide read by design, each then handled inside its own tenant
        List<Long> tenants = jdbc.getJdbcTemplate().queryForList("select distinct tenant_id from session_offer"
                + " where status = 'OFFERED' and expires_at <= ?", Long.class, Timestamp.from(now));
        int expired = 0;
        for (Long tenant : tenants) {
            expired += TenantContext.runAs(tenant, () -> perTenant.execute(tx -> expire(tenant, now)));
        }
        return expired;
    }

    private int expire(Long tenant, Instant now) {
        int expired = 0;
        for (Long sessionId : offers.sessionsWithDueOffers(tenant, now)) {
            sessions.lockById(sessionId, tenant);
            var session = sessions.findById(sessionId).orElseThrow();
            // read after the lock: another instance that got here first leaves nothing due
            var due = offers.findBySessionIdAndStatusAndExpiresAtLessThanEqual(sessionId, OfferStatus.OFFERED, now);
            if (due.isEmpty()) {
                continue;
            }
            boolean backupAsked = false;
            for (SessionOffer offer : due) {
                backupAsked |= offer.getBackupRank() != null;
                offer.respond(OfferStatus.EXPIRED, now);
            }
            expired += due.size();
            audit.record("SESSION_OFFERS_EXPIRED", "session " + sessionId, due.size() + " offers");
            if (backupAsked && session.getStatus() == SessionStatus.PLANNED && future(session)) {
                placeFreed(session, false);
            }
        }
        return expired;
    }

    /**
     * A place is free (or a backup let one go): the next backups are offered it, as many as places are free and not
     * already offered to a backup; below the minimum the lead is told.
     */
    private void placeFreed(InvolvementSession session, boolean confirmedPlaceFreed) {
        Long tenant = TenantContext.require();
        long confirmed = offers.countBySessionIdAndStatus(session.getId(), OfferStatus.CONFIRMED);
        long asked = offers.countBySessionIdAndStatusAndBackupRankNotNull(session.getId(), OfferStatus.OFFERED);
        if (confirmed + asked < session.getPlacesTarget()) {
            offers.findFirstBySessionIdAndStatusOrderByBackupRankAscIdAsc(session.getId(), OfferStatus.BACKUP)
                    .ifPresent(next -> {
                        Instant now = clock.instant();
                        next.reoffer(now, expiry(session, now));
                        audit.record("SESSION_BACKUP_OFFERED", "offer " + next.getId(), "backup " + next.getBackupRank());
                        audit.publish(new OfferSent(tenant, session.getId(), next.getId(), next.getPartnerId(), true));
                    });
        }
        if (confirmedPlaceFreed && confirmed < session.getPlacesMinimum()) {
            audit.publish(new SessionBelowMinimum(tenant, session.getId()));
        }
    }

    /** Now plus the session's offer hours, but never after it starts. */
    private Instant expiry(InvolvementSession session, Instant now) {
        Instant validUntil = now.plusSeconds(session.getOfferValidHours() * 3600L);
        Instant starts = session.startsAt();
        return validUntil.isAfter(starts) ? starts : validUntil;
    }


    private boolean future(InvolvementSession session) {
        return clock.instant().isBefore(session.startsAt());
    }

    private void requireFuture(InvolvementSession session) {
        if (!future(session)) {
            throw new BusinessRuleException("session.offer.session-past");
        }
    }

    private InvolvementSession session(Long sessionId) {
        return sessions.held(sessionId, audit);
    }

    private InvolvementSession planned(Long sessionId) {
        return sessions.planned(sessionId, audit);
    }

    /** Locks the session's row, then reads it (read committed: what was committed before the lock). */
    private InvolvementSession locked(Long sessionId) {
        if (sessionId == null || sessions.lockById(sessionId, TenantContext.require()) == null) {
            throw audit.refused("session " + sessionId);
        }
        return planned(sessionId);
    }

    /** Locks the offer's session, then reads the offer, so its status is the one every earlier answer left. */
    private SessionOffer lockedOffer(Long offerId) {
        Long tenant = TenantContext.require();
        Long sessionId = offerId == null ? null : offers.sessionIdOf(offerId, tenant);
        if (sessionId == null || sessions.lockById(sessionId, tenant) == null) {
            throw audit.refused("offer " + offerId);
        }
        return offers.findById(offerId).orElseThrow(() -> audit.refused("offer " + offerId));
    }

    /** As {@link #lockedOffer}, for the signed-in partner's own offer only. */
    private SessionOffer myLockedOffer(Long offerId) {
        Long me = myProfile.id().orElseThrow(() -> audit.refused("offer " + offerId));
        var offer = lockedOffer(offerId);
        if (!offer.getPartnerId().equals(me)) {
            throw audit.refused("offer " + offerId);
        }
        return offer;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
