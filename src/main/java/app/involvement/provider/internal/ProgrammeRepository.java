package app.involvement.provider.internal;

import app.involvement.provider.ProgrammeSummary;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Tenant-filtered by Hibernate: every query sees the current provider's programmes only. */
interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    String SUMMARY = "select new app.involvement.provider.ProgrammeSummary(p.id, p.name, p.profession, p.level) from Programme p";

    @Query(SUMMARY + " order by p.name")
    List<ProgrammeSummary> findSummaries(Pageable pageable);

    @Query(SUMMARY + " where p.id = :id")
    Optional<ProgrammeSummary> findSummary(Long id);

    boolean existsByName(String name);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    /**
     * The programme for a new definition version: its version is raised at commit, so of two people saving
     * version n+1 at once one fails instead of both succeeding. Optimistic because MariaDB does not accept
     * the {@code for update of} that Hibernate's MySQL dialect writes for pessimistic locks.
     */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select p from Programme p where p.id = :id")
    Optional<Programme> findLocked(Long id);
}
