package app.involvement.pool.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerInterestRepository extends JpaRepository<PartnerInterest, Long> {

    List<PartnerInterest> findByPartnerId(Long partnerId);
}
