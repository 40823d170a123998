package app.involvement.planning.internal;

import app.involvement.planning.ReferralStatus;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralRepository extends JpaRepository<ReferralEntry, Long> {

    List<ReferralEntry> findByCycleIdOrderByIdAsc(Long cycleId, Pageable page);

    long countByCycleId(Long cycleId);

    List<ReferralEntry> findByStatusAndAboutInvolvementTrueOrderByDueOnAscIdAsc(ReferralStatus status, Pageable page);

    long countByStatusAndAboutInvolvementTrue(ReferralStatus status);
}
