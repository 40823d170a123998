package app.involvement.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;

/**
 * Risk assessments of activity types (hazards, who may be harmed, controls, reviewer, review date), kept
 * by leads and coordinators, and the question later issues ask before publishing a session:
 * {@link #hasCurrent}.
 */
public interface RiskAssessments {

    /** One page, soonest review first; one query. */
    List<RiskAssessmentRow> list(Pageable pageable);

    long count();

    /** Empty for an unknown or another provider's id alike. */
    Optional<RiskAssessmentInput> find(Long id);

    /**
     * @throws app.involvement.shared.BusinessRuleException for a missing or too long field, an assessment
     *         date in the future, a review date not after it, or a reviewer who is not a lead or coordinator;
     *         nothing is stored
     */
    Long add(RiskAssessmentInput input);

    /** The same rules as {@link #add}; another provider's id is refused. */
    void update(Long id, RiskAssessmentInput input);

    /**
     * Has this activity type a risk assessment for the whole type in force on the date (assessed on or
     * before it, review date after it)? For the sessions issue: a session of a type that
     * {@link ActivityTypeRisk#required requires} one cannot be published without it.
     */
    boolean hasCurrent(Long activityTypeId, LocalDate on);

    /** Every activity type of the provider with its "required" flag and current assessment, by name. */
    List<ActivityTypeRisk> activityTypes();

    /** Marks an activity type as requiring a risk assessment (or not); audited. */
    void requireFor(Long activityTypeId, boolean required);
}
