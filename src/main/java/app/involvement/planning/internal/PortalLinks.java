package app.involvement.planning.internal;

import app.involvement.planning.EvidenceLink;
import app.involvement.planning.PlanningLimits;
import app.involvement.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What in the portal a quality activity may link to, for the current provider: the strategy, its objectives, the
 * policies page, each policy and each programme (four queries, whatever the numbers). Used by the review cycles
 * service and the evidence for reviewers.
 */
@Component
@Transactional(readOnly = true)
class PortalLinks {

    private final StrategyRepository strategies;
    private final ObjectiveRepository objectives;
    private final PolicyRepository policies;
    private final CycleProgrammeRepository programmes;

    PortalLinks(StrategyRepository strategies, ObjectiveRepository objectives, PolicyRepository policies,
            CycleProgrammeRepository programmes) {
        this.strategies = strategies;
        this.objectives = objectives;
        this.policies = policies;
        this.programmes = programmes;
    }

    List<EvidenceLink> all() {
        var links = new ArrayList<EvidenceLink>();
        strategies.findFirstByOrderByIdAsc().ifPresent(s -> {
            links.add(new EvidenceLink("strategy", EvidenceLink.Kind.STRATEGY, s.getTitle()));
            objectives.findByStrategyIdOrderByIdAsc(s.getId()).forEach(o -> links.add(new EvidenceLink(
                    "strategy#objective-" + o.getId(), EvidenceLink.Kind.OBJECTIVE, o.view().title())));
        });
        links.add(new EvidenceLink("policies", EvidenceLink.Kind.POLICIES, ""));
        policies.findSummaries(PageRequest.of(0, PlanningLimits.MAX_POLICIES)).forEach(p -> links.add(
                new EvidenceLink("policies/" + p.id(), EvidenceLink.Kind.POLICY, p.title())));
        programmes.findAllProgrammes(TenantContext.require()).forEach(r -> links.add(new EvidenceLink(
                "programmes/" + ((Number) r[0]).longValue(), EvidenceLink.Kind.PROGRAMME, (String) r[1])));
        return links;
    }
}
