package app.involvement.provider.internal;

import app.involvement.provider.DefinitionVersion;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Tenant-filtered by Hibernate. */
interface ProgrammeDefinitionRepository extends JpaRepository<ProgrammeDefinition, Long> {

    @Query("select new app.involvement.provider.DefinitionVersion(d.id, d.number, d.definition, d.justification,"
            + " d.authorUserId, d.authorName, d.createdAt, d.nextReviewOn)"
            + " from ProgrammeDefinition d where d.programmeId = :programmeId order by d.number desc")
    List<DefinitionVersion> findHistory(Long programmeId, Pageable pageable);

    @Query("select coalesce(max(d.number), 0) from ProgrammeDefinition d where d.programmeId = :programmeId")
    int findLatestNumber(Long programmeId);
}
