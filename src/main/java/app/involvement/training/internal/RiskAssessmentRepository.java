package app.involvement.training.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Tenant-filtered by Hibernate. */
interface RiskAssessmentRepository extends JpaRepository<RiskAssessment, Long> {

    /** An assessment of the whole type (no session named) in force on the date. */
    @Query("select count(r) > 0 from RiskAssessment r where r.activityTypeId = :type and r.sessionReference is null"
            + " and r.assessedOn <= :on and r.reviewOn > :on")
    boolean existsCurrent(Long type, LocalDate on);

    /** Per activity type, the latest review date of its whole-type assessments in force on the date. */
    @Query("select r.activityTypeId, max(r.reviewOn) from RiskAssessment r where r.sessionReference is null"
            + " and r.assessedOn <= :on and r.reviewOn > :on group by r.activityTypeId")
    List<Object[]> currentUntil(LocalDate on);
}
