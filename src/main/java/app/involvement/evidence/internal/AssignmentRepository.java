package app.involvement.evidence.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    /** The reviewer's assignments whose window includes this day and that were not ended early. */
    @Query("select a from Assignment a where a.reviewerUserId = :reviewer and a.endedEarlyAt is null"
            + " and a.startsOn <= :today and a.endsOn >= :today order by a.endsOn, a.id")
    List<Assignment> findCurrent(Long reviewer, LocalDate today, Pageable pageable);

    @Query("select a from Assignment a order by a.id desc")
    List<Assignment> findPage(Pageable pageable);

    boolean existsByReviewerUserIdAndProviderId(Long reviewerUserId, Long providerId);
}
