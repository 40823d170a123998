package app.involvement.payments;

import java.util.List;
import org.springframework.data.domain.Pageable;

/**
 * The provider's claims for staff: coordinators and the lead complete claims on a partner's behalf and approve
 * them; finance authorises them; any of them may reject a claim at its step with a reason. Nobody approves or
 * authorises a claim they submitted, a claim of their own, or (finance) one they approved.
 */
public interface Claims extends ClaimEditing {

    /** One page, oldest submission first (drafts last); one query for the claims and one for the names. */
    List<ClaimRow> list(ClaimFilter filter, Pageable pageable);

    long count(ClaimFilter filter);

    /** @throws org.springframework.security.access.AccessDeniedException for an id this provider does not hold */
    ClaimDetails details(Long claimId);

    /** Submitted → approved (coordinator or lead). */
    void approve(Long claimId);

    /** Approved → authorised (finance). */
    void authorise(Long claimId);

    /** Submitted, approved or authorised (not yet in a run) → rejected, with a reason the partner sees. */
    void reject(Long claimId, String reason);

    /** For homes: submitted claims waiting for a coordinator. */
    long awaitingApproval();

    /** For homes: approved claims waiting for finance. */
    long awaitingAuthorisation();

    /** For homes: claims on the way past the provider's turnaround. */
    long overdue();
}
