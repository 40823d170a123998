package app.involvement.sessions.internal;

import app.involvement.sessions.OfferStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The queries offers and places need. Tenant-filtered by Hibernate, except the native ones, which name the tenant. */
interface OfferPlaceRepository extends Repository<SessionOffer, Long> {

    Optional<SessionOffer> findById(Long id);

    List<SessionOffer> findBySessionIdAndPartnerIdIn(Long sessionId, Collection<Long> partnerIds);

    long countBySessionIdAndStatus(Long sessionId, OfferStatus status);

    /** Backups offered a freed place and not answered yet. */
    long countBySessionIdAndStatusAndBackupRankNotNull(Long sessionId, OfferStatus status);

    Optional<SessionOffer> findFirstBySessionIdAndStatusOrderByBackupRankAscIdAsc(Long sessionId, OfferStatus status);

    @Query("select max(o.backupRank) from SessionOffer o where o.sessionId = :sessionId")
    Integer maxBackupRank(Long sessionId);

    List<SessionOffer> findBySessionIdAndStatusAndExpiresAtLessThanEqual(Long sessionId, OfferStatus status,
            Instant at);

    /** The session an offer is on, read before locking that session; null for an offer this provider does not hold. */
    @Query(value = "select session_id from session_offer where id = :id and tenant_id = :tenantId", nativeQuery = true)
    Long sessionIdOf(Long id, Long tenantId);

    /** The sessions with offers past their expiry in the current tenant. */
    @Query(value = "select distinct session_id from session_offer where tenant_id = :tenantId and status = 'OFFERED'"
            + " and expires_at <= :at", nativeQuery = true)
    List<Long> sessionsWithDueOffers(Long tenantId, Instant at);

    SessionOffer save(SessionOffer offer);
}
