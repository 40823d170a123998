package app.involvement.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;

/** Reads the audit log (newest first). Writing happens only through published AuditEvents. */
public interface AuditTrail {

    /** A reviewer opened the provider's evidence (page). */
    String REVIEWER_VIEW = "REVIEWER_VIEW";
    /** A reviewer downloaded the provider's evidence (pack). */
    String REVIEWER_EXPORT = "REVIEWER_EXPORT";
    /** A reviewer was refused the evidence (unknown or another reviewer's assignment, outside its window). */
    String REVIEWER_REFUSED = "REVIEWER_REFUSED";
    /** The entries the provider's lead may read about reviewers. */
    List<String> REVIEWER_TYPES = List.of(REVIEWER_VIEW, REVIEWER_EXPORT, REVIEWER_REFUSED);

    List<AuditRecord> find(String type, String subject, Pageable pageable);

    /**
     * The current provider's record of reviewers' looks at its evidence and of refusals (newest first), for its
     * lead (DD042).
     */
    List<AuditRecord> reviewerLooks(Pageable pageable);

    long countReviewerLooks();
}
