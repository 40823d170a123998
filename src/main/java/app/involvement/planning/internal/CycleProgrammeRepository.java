package app.involvement.planning.internal;

import app.involvement.planning.CoveredProgramme;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CycleProgrammeRepository extends JpaRepository<CycleProgrammeEntry, Long> {

    /** The programmes a cycle covered, by name (the programme table belongs to the provider module: read by SQL). */
    @Query(value = """
            select p.id, p.name from review_cycle_programme c
            join programme p on p.tenant_id = c.tenant_id and p.id = c.programme_id
            where c.tenant_id = :tenantId and c.cycle_id = :cycleId order by p.name""", nativeQuery = true)
    List<Object[]> findProgrammeRows(Long tenantId, Long cycleId);

    default List<CoveredProgramme> findProgrammes(Long tenantId, Long cycleId) {
        return findProgrammeRows(tenantId, cycleId).stream()
                .map(r -> new CoveredProgramme(((Number) r[0]).longValue(), (String) r[1])).toList();
    }

    /** Every cycle's covered programmes (cycle id, programme name), for the reviewer's evidence, in one query. */
    @Query(value = """
            select c.cycle_id, p.name from review_cycle_programme c
            join programme p on p.tenant_id = c.tenant_id and p.id = c.programme_id
            where c.tenant_id = :tenantId order by c.cycle_id, p.name""", nativeQuery = true)
    List<Object[]> findAllCovered(Long tenantId);

    /** Which of these ids are programmes of the provider. */
    @Query(value = "select p.id from programme p where p.tenant_id = :tenantId and p.id in (:ids)", nativeQuery = true)
    List<Number> findOwnProgrammes(Long tenantId, java.util.Collection<Long> ids);

    /** The provider's programmes by name, for evidence links. */
    @Query(value = "select p.id, p.name from programme p where p.tenant_id = :tenantId order by p.name, p.id limit 200",
            nativeQuery = true)
    List<Object[]> findAllProgrammes(Long tenantId);

    @Modifying
    @Query("delete from CycleProgrammeEntry c where c.cycleId = :cycleId")
    void deleteByCycle(Long cycleId);
}
