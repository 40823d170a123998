package app.involvement.planning.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ObjectiveRepository extends JpaRepository<ObjectiveEntry, Long> {

    List<ObjectiveEntry> findByStrategyIdOrderByIdAsc(Long strategyId);

    long countByStrategyId(Long strategyId);
}
