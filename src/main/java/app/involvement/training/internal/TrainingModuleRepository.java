package app.involvement.training.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Tenant-filtered by Hibernate. */
interface TrainingModuleRepository extends JpaRepository<TrainingModule, Long> {

    @Query("select m from TrainingModule m order by m.title, m.id")
    List<TrainingModule> findAllByTitle(Pageable pageable);

    boolean existsByTitle(String title);

    boolean existsByTitleAndIdNot(String title, Long id);

    @Query("select m from TrainingModule m where m.id in (select r.moduleId from TrainingRequirement r"
            + " where r.activityTypeId = :activityTypeId) order by m.title")
    List<TrainingModule> findRequiredFor(Long activityTypeId);
}
