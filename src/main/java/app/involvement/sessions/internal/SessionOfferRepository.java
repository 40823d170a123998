package app.involvement.sessions.internal;

import app.involvement.sessions.OfferStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered by Hibernate. */
interface SessionOfferRepository extends JpaRepository<SessionOffer, Long> {

    Optional<SessionOffer> findBySessionIdAndPartnerId(Long sessionId, Long partnerId);

    List<SessionOffer> findBySessionIdOrderById(Long sessionId);

    List<SessionOffer> findBySessionIdAndStatusIn(Long sessionId, Collection<OfferStatus> statuses);

    long countBySessionIdAndStatus(Long sessionId, OfferStatus status);
}
