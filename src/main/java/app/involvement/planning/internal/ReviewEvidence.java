package app.involvement.planning.internal;

import app.involvement.planning.EvidenceLink;
import app.involvement.planning.PlanningLimits;
import app.involvement.shared.BundleTexts;
import app.involvement.shared.evidence.EvidencePart;
import app.involvement.shared.evidence.EvidenceRequest;
import app.involvement.shared.evidence.EvidenceSource;
import app.involvement.shared.evidence.EvidenceTable;
import app.involvement.tenancy.TenantContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider's record of the regulator's reviews: the cycles with the programmes covered, the quality activities
 * with their evidence, and the referrals. A fixed number of queries, however many cycles there are.
 */
@Component
class ReviewEvidence implements EvidenceSource {

    private final ReviewCycleRepository cycles;
    private final CycleProgrammeRepository programmes;
    private final QualityActivityRepository activities;
    private final ReferralRepository referrals;
    private final PortalLinks links;

    ReviewEvidence(ReviewCycleRepository cycles, CycleProgrammeRepository programmes,
            QualityActivityRepository activities, ReferralRepository referrals, PortalLinks links) {
        this.cycles = cycles;
        this.programmes = programmes;
        this.activities = activities;
        this.referrals = referrals;
        this.links = links;
    }

    @Override
    public EvidencePart part() {
        return EvidencePart.REVIEWS;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @PreAuthorize("hasAnyRole('REVIEWER','LEAD')")
    @Transactional(readOnly = true)
    public List<EvidenceTable> tables(EvidenceRequest request) {
        var t = new BundleTexts(request.language());
        var list = cycles.findSummaries(PageRequest.of(0, PlanningLimits.MAX_CYCLES));
        Map<Long, String> names = new HashMap<>();
        list.forEach(c -> names.put(c.id(), t.get("review-cycles.kind." + c.kind()) + ", " + t.day(c.startsOn())));
        Map<Long, String> covered = new TreeMap<>();
        programmes.findAllCovered(TenantContext.require()).forEach(r -> covered.merge(((Number) r[0]).longValue(),
                (String) r[1], (a, b) -> a + "; " + b));
        Map<String, String> labels = links.all().stream()
                .collect(Collectors.toMap(EvidenceLink::path, l -> label(t, l), (a, b) -> a));

        var cycleRows = list.stream().map(c -> List.of(t.get("review-cycles.kind." + c.kind()), t.day(c.startsOn()),
                c.endsOn() == null ? "" : t.day(c.endsOn()), covered.getOrDefault(c.id(), ""),
                t.number(c.openActivities()), t.number(c.openReferrals()))).toList();
        var activityRows = activities.findAll(Sort.by("cycleId", "id")).stream()
                .filter(e -> names.containsKey(e.getCycleId()))
                .map(e -> { var a = e.view(); return List.of(names.get(e.getCycleId()), a.question(), a.response() == null ? "" : a.response(),
                        a.evidencePath() == null ? "" : labels.getOrDefault(a.evidencePath(), a.evidencePath()),
                        t.get("review-cycles.activity.status." + a.status())); })
                .toList();
        var referralRows = referrals.findAll(Sort.by("cycleId", "id")).stream()
                .filter(r -> names.containsKey(r.getCycleId())).map(ReferralEntry::view)
                .map(r -> List.of(names.get(r.cycleId()), r.issue(), t.get("review-cycles.kind." + r.referredTo()),
                        t.day(r.dueOn()), t.get("review-cycles.referral.status." + r.status()),
                        r.aboutInvolvement() ? t.get("planning.evidence.yes") : t.get("planning.evidence.no")))
                .toList();
        return List.of(
                new EvidenceTable("review-cycles", t.get("planning.evidence.cycles.title"),
                        t.get("planning.evidence.cycles.description"),
                        List.of(t.get("review-cycles.column.kind"), t.get("review-cycles.column.starts"),
                                t.get("review-cycles.column.ends"), t.get("review-cycles.column.programmes"),
                                t.get("review-cycles.column.open-activities"),
                                t.get("review-cycles.column.open-referrals")),
                        cycleRows),
                new EvidenceTable("quality-activities", t.get("planning.evidence.activities.title"),
                        t.get("planning.evidence.activities.description"),
                        List.of(t.get("planning.evidence.cycle"), t.get("review-cycles.activity.question"),
                                t.get("review-cycles.activity.response"), t.get("review-cycles.activity.evidence"),
                                t.get("review-cycles.activity.status")),
                        activityRows),
                new EvidenceTable("referrals", t.get("planning.evidence.referrals.title"),
                        t.get("planning.evidence.referrals.description"),
                        List.of(t.get("planning.evidence.cycle"), t.get("review-cycles.referral.issue"),
                                t.get("review-cycles.referral.referred-to"), t.get("review-cycles.referral.due"),
                                t.get("review-cycles.referral.status"), t.get("review-cycles.referral.about-involvement")),
                        referralRows));
    }

    /** "Policy: Involvement policy" in the reader's language. */
    static String label(BundleTexts t, EvidenceLink link) {
        return t.get("review-cycles.evidence.kind." + link.kind(), link.name());
    }
}
