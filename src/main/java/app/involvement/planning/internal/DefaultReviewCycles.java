package app.involvement.planning.internal;

import app.involvement.planning.EvidenceLink;
import app.involvement.planning.PlanningLimits;
import app.involvement.planning.QualityActivityInput;
import app.involvement.planning.Referral;
import app.involvement.planning.ReferralInput;
import app.involvement.planning.ReferralStatus;
import app.involvement.planning.ReviewCycleDetails;
import app.involvement.planning.ReviewCycleInput;
import app.involvement.planning.ReviewCycleSummary;
import app.involvement.planning.ReviewCycles;
import app.involvement.shared.BusinessRuleException;
import app.involvement.tenancy.TenantContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of the regulator's reviews (DD038). Programme ids and evidence links are checked against the
 * provider's own records: anything else is a tampered id, refused and audited.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
class DefaultReviewCycles implements ReviewCycles {

    private final ReviewCycleRepository cycles;
    private final CycleProgrammeRepository programmes;
    private final QualityActivityRepository activities;
    private final ReferralRepository referrals;
    private final PortalLinks links;
    private final PlanningAudit audit;

    DefaultReviewCycles(ReviewCycleRepository cycles, CycleProgrammeRepository programmes,
            QualityActivityRepository activities, ReferralRepository referrals, PortalLinks links, PlanningAudit audit) {
        this.cycles = cycles;
        this.programmes = programmes;
        this.activities = activities;
        this.referrals = referrals;
        this.links = links;
        this.audit = audit;
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public List<ReviewCycleSummary> list() {
        return cycles.findSummaries(PageRequest.of(0, PlanningLimits.MAX_CYCLES));
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public ReviewCycleDetails get(Long cycleId) {
        var cycle = cycle(cycleId);
        var limitA = PageRequest.of(0, PlanningLimits.MAX_ACTIVITIES);
        var limitR = PageRequest.of(0, PlanningLimits.MAX_REFERRALS);
        return new ReviewCycleDetails(cycle.getId(), cycle.getKind(), cycle.getStartsOn(), cycle.getEndsOn(),
                cycle.getSummary(), programmes.findProgrammes(TenantContext.require(), cycleId),
                activities.findByCycleIdOrderByIdAsc(cycleId, limitA).stream().map(QualityActivityEntry::view).toList(),
                referrals.findByCycleIdOrderByIdAsc(cycleId, limitR).stream().map(ReferralEntry::view).toList());
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public Long create(ReviewCycleInput input) {
        var clean = PlanningRules.cycle(input);
        checkProgrammes(clean);
        if (cycles.count() >= PlanningLimits.MAX_CYCLES) {
            throw new BusinessRuleException("review-cycles.too-many", PlanningLimits.MAX_CYCLES);
        }
        var cycle = cycles.save(new ReviewCycleEntry(clean, audit.actor()));
        saveProgrammes(cycle.getId(), clean);
        audit.record("REVIEW_CYCLE_CREATED", "review cycle " + cycle.getId(), describe(clean));
        return cycle.getId();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public void update(Long cycleId, ReviewCycleInput input) {
        var cycle = cycle(cycleId);
        var clean = PlanningRules.cycle(input);
        checkProgrammes(clean);
        cycle.change(clean, audit.actor());
        programmes.deleteByCycle(cycleId);
        programmes.flush();
        saveProgrammes(cycleId, clean);
        audit.record("REVIEW_CYCLE_CHANGED", "review cycle " + cycleId, describe(clean));
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public Long addActivity(Long cycleId, QualityActivityInput input) {
        cycle(cycleId);
        var clean = PlanningRules.activity(input);
        checkEvidence(clean.evidencePath());
        if (activities.countByCycleId(cycleId) >= PlanningLimits.MAX_ACTIVITIES) {
            throw new BusinessRuleException("review-cycles.too-many-activities", PlanningLimits.MAX_ACTIVITIES);
        }
        var saved = activities.save(new QualityActivityEntry(cycleId, clean));
        audit.record("QUALITY_ACTIVITY_ADDED", "quality activity " + saved.getId(), "cycle " + cycleId + ", "
                + clean.status() + (clean.evidencePath() == null ? "" : ", evidence " + clean.evidencePath()));
        return saved.getId();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public void updateActivity(Long cycleId, Long activityId, QualityActivityInput input) {
        cycle(cycleId);
        var activity = (activityId == null ? Optional.<QualityActivityEntry>empty() : activities.findById(activityId))
                .filter(a -> a.getCycleId().equals(cycleId))
                .orElseThrow(() -> audit.refused("quality activity " + activityId));
        var clean = PlanningRules.activity(input);
        checkEvidence(clean.evidencePath());
        activity.change(clean);
        audit.record("QUALITY_ACTIVITY_CHANGED", "quality activity " + activityId, "cycle " + cycleId + ", "
                + clean.status() + (clean.evidencePath() == null ? "" : ", evidence " + clean.evidencePath()));
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public Long addReferral(Long cycleId, ReferralInput input) {
        cycle(cycleId);
        var clean = PlanningRules.referral(input);
        if (referrals.countByCycleId(cycleId) >= PlanningLimits.MAX_REFERRALS) {
            throw new BusinessRuleException("review-cycles.too-many-referrals", PlanningLimits.MAX_REFERRALS);
        }
        var saved = referrals.save(new ReferralEntry(cycleId, clean));
        audit.record("REFERRAL_ADDED", "referral " + saved.getId(), describe(cycleId, clean));
        return saved.getId();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public void updateReferral(Long cycleId, Long referralId, ReferralInput input) {
        cycle(cycleId);
        var referral = (referralId == null ? Optional.<ReferralEntry>empty() : referrals.findById(referralId))
                .filter(r -> r.getCycleId().equals(cycleId))
                .orElseThrow(() -> audit.refused("referral " + referralId));
        var clean = PlanningRules.referral(input);
        referral.change(clean);
        audit.record("REFERRAL_CHANGED", "referral " + referralId, describe(cycleId, clean));
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public List<Referral> openInvolvementReferrals(int limit) {
        int size = Math.max(1, Math.min(limit, PlanningLimits.MAX_REFERRALS));
        return referrals.findByStatusAndAboutInvolvementTrueOrderByDueOnAscIdAsc(ReferralStatus.OPEN,
                PageRequest.of(0, size)).stream().map(ReferralEntry::view).toList();
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public List<EvidenceLink> evidenceLinks() {
        return links.all();
    }

    /** This provider's cycle; an unknown or another provider's id is refused and audited. */
    private ReviewCycleEntry cycle(Long cycleId) {
        return (cycleId == null ? Optional.<ReviewCycleEntry>empty() : cycles.findById(cycleId))
                .orElseThrow(() -> audit.refused("review cycle " + cycleId));
    }

    private void checkProgrammes(ReviewCycleInput input) {
        if (input.programmeIds().isEmpty()) {
            return;
        }
        var unknown = new HashSet<>(input.programmeIds());
        programmes.findOwnProgrammes(TenantContext.require(), input.programmeIds())
                .forEach(id -> unknown.remove(id.longValue()));
        if (!unknown.isEmpty()) {
            throw audit.refused("programme " + unknown.iterator().next());
        }
    }

    /** Evidence must be one of the portal's own links for this provider; anything else is refused. */
    private void checkEvidence(String path) {
        if (path == null) {
            return;
        }
        boolean known = evidenceLinks().stream().anyMatch(link -> link.path().equals(path));
        if (!known) {
            throw new BusinessRuleException("review-cycles.evidence-unknown");
        }
    }

    private void saveProgrammes(Long cycleId, ReviewCycleInput input) {
        programmes.saveAll(input.programmeIds().stream().sorted().map(id -> new CycleProgrammeEntry(cycleId, id)).toList());
    }

    private static String describe(ReviewCycleInput c) {
        return c.kind() + ", " + c.startsOn() + "–" + (c.endsOn() == null ? "" : c.endsOn()) + ", "
                + c.programmeIds().size() + " programmes";
    }

    private static String describe(Long cycleId, ReferralInput r) {
        return "cycle " + cycleId + ", to " + r.referredTo() + ", due " + r.dueOn() + ", " + r.status()
                + (r.aboutInvolvement() ? ", about involvement" : "");
    }
}
