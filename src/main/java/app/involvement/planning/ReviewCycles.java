package app.involvement.planning;

import java.util.List;

/**
 * The provider's record of the regulator's reviews: approval, performance and focused reviews with the programmes
 * covered, the quality activities raised and the referrals made. The lead keeps it; coordinators read it.
 */
public interface ReviewCycles {

    /** Every cycle, newest first, with its counts (at most {@link PlanningLimits#MAX_CYCLES}). */
    List<ReviewCycleSummary> list();

    /** @throws org.springframework.security.access.AccessDeniedException for an unknown or another provider's id */
    ReviewCycleDetails get(Long cycleId);

    /**
     * @throws app.involvement.shared.BusinessRuleException for a missing field, an end before the start or a too
     *         long summary; another provider's programme id is refused as access denied
     */
    Long create(ReviewCycleInput input);

    void update(Long cycleId, ReviewCycleInput input);

    /** @throws app.involvement.shared.BusinessRuleException for a missing question or evidence not in the portal */
    Long addActivity(Long cycleId, QualityActivityInput input);

    void updateActivity(Long cycleId, Long activityId, QualityActivityInput input);

    /** @throws app.involvement.shared.BusinessRuleException for a missing issue, process or due date */
    Long addReferral(Long cycleId, ReferralInput input);

    void updateReferral(Long cycleId, Long referralId, ReferralInput input);

    /** Open referrals about involvement, soonest due first, at most {@code limit}. */
    List<Referral> openInvolvementReferrals(int limit);

    /** What quality activities may link to: the strategy, its objectives, the policies and the programmes. */
    List<EvidenceLink> evidenceLinks();
}
