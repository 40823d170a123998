package app.involvement.provider.internal;

import app.involvement.provider.ReferenceItem;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Tenant-filtered by Hibernate. */
interface ExperienceCategoryRepository extends JpaRepository<ExperienceCategory, Long> {

    @Query("select new app.involvement.provider.ReferenceItem(c.id, c.name, null) from ExperienceCategory c where c.retiredAt is null order by c.name")
    List<ReferenceItem> findItems(org.springframework.data.domain.Pageable pageable);

    @Query("select c.id from ExperienceCategory c where c.id in :ids and c.retiredAt is null")
    Set<Long> findExisting(Collection<Long> ids);

    boolean existsByNameIgnoreCase(String name);

    java.util.Optional<ExperienceCategory> findByIdAndRetiredAtIsNull(Long id);

    long countByRetiredAtIsNull();

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
