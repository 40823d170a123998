package app.involvement.pool.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnerStatusChangeRepository extends JpaRepository<PartnerStatusChange, Long> {

    @Query("select c from PartnerStatusChange c where c.partnerId = :partnerId order by c.recordedAt desc, c.id desc")
    List<PartnerStatusChange> findHistory(Long partnerId, Pageable pageable);
}
