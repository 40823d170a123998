package app.involvement.planning.internal;

import app.involvement.planning.PolicyVersion;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PolicyVersionRepository extends JpaRepository<PolicyVersionEntry, Long> {

    /** A policy's versions, newest first, without the documents' bytes. */
    @Query("""
            select new app.involvement.planning.PolicyVersion(v.id, v.number, v.owner, v.approvedOn, v.nextReviewOn,
                v.body, v.fileName, v.sizeBytes, v.createdBy, v.createdAt)
            from PolicyVersionEntry v where v.policyId = :policyId order by v.number desc""")
    List<PolicyVersion> findVersions(Long policyId);

    @Query("select coalesce(max(v.number), 0) from PolicyVersionEntry v where v.policyId = :policyId")
    int lastNumber(Long policyId);
}
