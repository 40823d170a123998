package app.involvement.planning.internal;

import app.involvement.planning.PlanningLimits;
import app.involvement.shared.BundleTexts;
import app.involvement.shared.evidence.EvidencePart;
import app.involvement.shared.evidence.EvidenceRequest;
import app.involvement.shared.evidence.EvidenceSource;
import app.involvement.shared.evidence.EvidenceTable;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** SET 3.7 (b): the provider's policies and processes, each with its newest version (staff owners only). */
@Component
class PolicyEvidence implements EvidenceSource {

    private final PolicyRepository policies;

    PolicyEvidence(PolicyRepository policies) {
        this.policies = policies;
    }

    @Override
    public EvidencePart part() {
        return EvidencePart.POLICIES;
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
        var rows = policies.findSummaries(PageRequest.of(0, PlanningLimits.MAX_POLICIES)).stream()
                .map(p -> List.of(p.title(), t.get("policies.kind." + p.kind()), t.number(p.version()), p.owner(),
                        t.day(p.approvedOn()), t.day(p.nextReviewOn()),
                        p.nextReviewOn().isBefore(request.today()) ? t.get("planning.evidence.yes")
                                : t.get("planning.evidence.no")))
                .toList();
        return List.of(new EvidenceTable("policies", t.get("planning.evidence.policies.title"),
                t.get("planning.evidence.policies.description"),
                List.of(t.get("policies.column.title"), t.get("policies.column.kind"), t.get("policies.column.version"),
                        t.get("policies.column.owner"), t.get("policies.column.approved"),
                        t.get("policies.column.next-review"), t.get("planning.evidence.policies.review-overdue")),
                rows));
    }
}
