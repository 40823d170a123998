package app.involvement.erasure.internal;

import app.involvement.erasure.ErasureStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ErasureRequestRepository extends JpaRepository<ErasureRequestEntry, Long> {

    Optional<ErasureRequestEntry> findFirstByPartnerIdAndStatus(Long partnerId, ErasureStatus status);

    boolean existsByPartnerIdAndStatus(Long partnerId, ErasureStatus status);

    List<ErasureRequestEntry> findByPartnerId(Long partnerId);

    /** Open first, then the newest. */
    @Query("select r from ErasureRequestEntry r order by case when r.status = app.involvement.erasure.ErasureStatus.OPEN"
            + " then 0 else 1 end, r.requestedAt desc, r.id desc")
    List<ErasureRequestEntry> page(Pageable pageable);

    long countByStatus(ErasureStatus status);

    List<ErasureRequestEntry> findByStatusOrderByRequestedAtAscIdAsc(ErasureStatus status, Pageable pageable);
}
