package app.involvement.provider.internal;

import app.involvement.provider.ReferenceItem;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Tenant-filtered by Hibernate. */
interface ExperienceCategoryRepository extends JpaRepository<ExperienceCategory, Long> {

    @Query("select new app.involvement.provider.ReferenceItem(c.id, c.name, null) from ExperienceCategory c order by c.name")
    List<ReferenceItem> findItems(org.springframework.data.domain.Pageable pageable);

    @Query("select c.id from ExperienceCategory c where c.id in :ids")
    Set<Long> findExisting(Collection<Long> ids);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
