package app.involvement.planning.internal;

import app.involvement.shared.BundleTexts;
import app.involvement.shared.evidence.EvidencePart;
import app.involvement.shared.evidence.EvidenceRequest;
import app.involvement.shared.evidence.EvidenceSource;
import app.involvement.shared.evidence.EvidenceTable;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** SET 3.7 (d): the involvement strategy, and its objectives with their measure, target, owner and progress. */
@Component
class StrategyEvidence implements EvidenceSource {

    private final StrategyRepository strategies;
    private final ObjectiveRepository objectives;

    StrategyEvidence(StrategyRepository strategies, ObjectiveRepository objectives) {
        this.strategies = strategies;
        this.objectives = objectives;
    }

    @Override
    public EvidencePart part() {
        return EvidencePart.EVALUATION;
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
        var strategy = strategies.findFirstByOrderByIdAsc();
        List<List<String>> strategyRows = strategy.map(s -> List.of(List.of(s.getTitle(), s.getOwner(),
                t.day(s.getStartsOn()), t.day(s.getEndsOn()),
                !s.getStartsOn().isAfter(request.today()) && !s.getEndsOn().isBefore(request.today())
                        ? t.get("planning.evidence.yes") : t.get("planning.evidence.no"),
                s.getBody()))).orElse(List.of());
        List<List<String>> objectiveRows = strategy.map(s -> objectives.findByStrategyIdOrderByIdAsc(s.getId()).stream()
                .map(ObjectiveEntry::view)
                .map(o -> List.of(o.title(), o.measure(), o.target(), o.owner(),
                        t.get("objectives.status." + o.status()), o.progress() == null ? "" : o.progress()))
                .toList()).orElse(List.of());
        return List.of(
                new EvidenceTable("strategy", t.get("planning.evidence.strategy.title"),
                        strategy.isEmpty() ? t.get("planning.evidence.strategy.none")
                                : t.get("planning.evidence.strategy.description"),
                        List.of(t.get("strategy.field.title"), t.get("strategy.field.owner"),
                                t.get("strategy.field.starts"), t.get("strategy.field.ends"),
                                t.get("planning.evidence.strategy.in-force"), t.get("strategy.field.text")),
                        strategyRows),
                new EvidenceTable("objectives", t.get("planning.evidence.objectives.title"),
                        t.get("planning.evidence.objectives.description"),
                        List.of(t.get("objectives.field.title"), t.get("objectives.field.measure"),
                                t.get("objectives.field.target"), t.get("objectives.field.owner"),
                                t.get("objectives.field.status"), t.get("objectives.field.progress")),
                        objectiveRows));
    }
}
