package app.involvement.evidence;

import app.involvement.shared.BusinessRuleException;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.data.domain.Pageable;

/** The platform admin's assignments of HCPC reviewers to providers (DD042). Platform admin only. */
public interface ReviewAssignments {

    /** Newest first. */
    List<AssignmentRow> list(Pageable pageable);

    long count();

    /**
     * Assigns the reviewer; audited in the provider's log.
     *
     * @throws BusinessRuleException when the reviewer or provider is unknown or the window is out of bounds
     *         ({@link AssignmentLimits})
     */
    Long add(@Valid NewReviewAssignment assignment);

    /**
     * Ends the assignment now: from this moment the reviewer sees nothing of the provider. Audited.
     *
     * @throws BusinessRuleException when it has already ended
     */
    void endEarly(Long assignmentId);
}
