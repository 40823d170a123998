package app.involvement.provider.internal;

import app.involvement.provider.ReferenceItem;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Tenant-filtered by Hibernate. */
interface ActivityTypeRepository extends JpaRepository<ActivityType, Long> {

    @Query("select new app.involvement.provider.ReferenceItem(t.id, t.name, t.area) from ActivityType t order by t.area, t.name")
    List<ReferenceItem> findItems(org.springframework.data.domain.Pageable pageable);

    @Query("select t.id from ActivityType t where t.id in :ids")
    Set<Long> findExisting(Collection<Long> ids);

    @Query("select t.id from ActivityType t where t.riskAssessmentRequired = true")
    Set<Long> findRequiringRiskAssessment();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
