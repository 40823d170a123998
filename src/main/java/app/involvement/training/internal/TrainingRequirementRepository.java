package app.involvement.training.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Tenant-filtered by Hibernate. */
interface TrainingRequirementRepository extends JpaRepository<TrainingRequirement, Long> {

    List<TrainingRequirement> findByModuleId(Long moduleId);

    @Modifying
    @Query("delete from TrainingRequirement r where r.moduleId = :moduleId")
    void deleteByModule(Long moduleId);
}
