package app.involvement.planning.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface QualityActivityRepository extends JpaRepository<QualityActivityEntry, Long> {

    List<QualityActivityEntry> findByCycleIdOrderByIdAsc(Long cycleId, Pageable page);

    long countByCycleId(Long cycleId);
}
