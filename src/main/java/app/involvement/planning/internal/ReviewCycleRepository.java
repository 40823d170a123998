package app.involvement.planning.internal;

import app.involvement.planning.ReviewCycleSummary;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewCycleRepository extends JpaRepository<ReviewCycleEntry, Long> {

    /** Every cycle, newest first, with its counts, in one query. */
    @Query("""
            select new app.involvement.planning.ReviewCycleSummary(c.id, c.kind, c.startsOn, c.endsOn,
                (select count(p) from CycleProgrammeEntry p where p.cycleId = c.id),
                (select count(a) from QualityActivityEntry a where a.cycleId = c.id
                    and a.status <> app.involvement.planning.ActivityStatus.CLOSED),
                (select count(r) from ReferralEntry r where r.cycleId = c.id
                    and r.status = app.involvement.planning.ReferralStatus.OPEN))
            from ReviewCycleEntry c order by c.startsOn desc, c.id desc""")
    List<ReviewCycleSummary> findSummaries(Pageable page);
}
