package app.involvement.payments.internal;

import app.involvement.payments.ClaimStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PaymentClaimRepository extends JpaRepository<PaymentClaim, Long> {

    boolean existsBySessionIdAndPartnerId(Long sessionId, Long partnerId);

    List<PaymentClaim> findBySessionIdAndPartnerIdIn(Long sessionId, Collection<Long> partnerIds);

    Optional<PaymentClaim> findByIdAndPartnerId(Long id, Long partnerId);

    long countByStatus(ClaimStatus status);
}
