package app.involvement.planning.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StrategyRepository extends JpaRepository<StrategyEntry, Long> {

    Optional<StrategyEntry> findFirstByOrderByIdAsc();

    @Query("select count(s) > 0 from StrategyEntry s where s.startsOn <= :day and s.endsOn >= :day")
    boolean existsInForceOn(LocalDate day);

    @Query("""
            select count(o) from ObjectiveEntry o, StrategyEntry s
            where o.strategyId = s.id and s.startsOn <= :day and s.endsOn >= :day""")
    long countObjectivesInForceOn(LocalDate day);
}
