package app.involvement.planning.internal;

import app.involvement.planning.PolicySummary;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PolicyRepository extends JpaRepository<PolicyEntry, Long> {

    /** Every policy with its newest version, in one query. */
    @Query("""
            select new app.involvement.planning.PolicySummary(p.id, p.title, p.kind, v.number, v.owner, v.approvedOn,
                v.nextReviewOn)
            from PolicyEntry p, PolicyVersionEntry v
            where v.policyId = p.id
              and v.number = (select max(w.number) from PolicyVersionEntry w where w.policyId = p.id)
            order by p.title, p.id""")
    List<PolicySummary> findSummaries(Pageable page);

    boolean existsByTitleIgnoreCase(String title);
}
