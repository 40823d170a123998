package app.involvement.training.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered by Hibernate. */
interface SupportRequestRepository extends JpaRepository<SupportRequest, Long> {

    List<SupportRequest> findByPartnerIdOrderByRequestedAtDescIdDesc(Long partnerId, Pageable pageable);
}
