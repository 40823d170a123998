package app.involvement.training.internal;

import app.involvement.training.TrainingMaterial;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Tenant-filtered by Hibernate. Lists never read file contents. */
interface TrainingMaterialRepository extends JpaRepository<TrainingMaterialEntry, Long> {

    @Query("select new app.involvement.training.TrainingMaterial(m.id, m.title, m.url, m.fileName, m.contentType, m.size)"
            + " from TrainingMaterialEntry m where m.moduleId = :moduleId order by m.id")
    List<TrainingMaterial> findListed(Long moduleId);

    long countByModuleId(Long moduleId);

    Optional<TrainingMaterialEntry> findByIdAndModuleId(Long id, Long moduleId);
}
