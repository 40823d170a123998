package app.involvement.insights.internal;

import app.involvement.insights.AcademicYear;
import app.involvement.insights.Insights;
import app.involvement.insights.InsightsFilter;
import app.involvement.insights.InsightsTables;
import app.involvement.insights.InsightsTexts;
import app.involvement.insights.PitfallIndicator;
import app.involvement.insights.Pitfalls;
import app.involvement.shared.BundleTexts;
import app.involvement.shared.evidence.EvidencePart;
import app.involvement.shared.evidence.EvidenceRequest;
import app.involvement.shared.evidence.EvidenceSource;
import app.involvement.shared.evidence.EvidenceTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * SET 3.7 (d) monitoring: the dashboard's tables for the academic year the review period ends in (or today's, if
 * that is later than today), and the pitfall indicators with why each fired. Aggregates only: no partner appears
 * under any name, so no pseudonym is needed (DD040, DD041).
 */
@Component
class InsightsEvidence implements EvidenceSource {

    static final String PITFALLS = "pitfalls";

    private final Insights insights;
    private final Pitfalls pitfalls;

    InsightsEvidence(Insights insights, Pitfalls pitfalls) {
        this.insights = insights;
        this.pitfalls = pitfalls;
    }

    @Override
    public EvidencePart part() {
        return EvidencePart.EVALUATION;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @PreAuthorize("hasAnyRole('REVIEWER', 'LEAD')")
    @Transactional(readOnly = true)
    public List<EvidenceTable> tables(EvidenceRequest request) {
        var bundle = new BundleTexts(request.language());
        InsightsTexts texts = new InsightsTexts() {
            @Override
            public String get(String key, Object... arguments) {
                return bundle.get(key, arguments);
            }

            @Override
            public Locale locale() {
                return request.language().locale();
            }
        };
        LocalDate end = request.to() == null || request.to().isAfter(request.today()) ? request.today() : request.to();
        var dashboard = insights.dashboard(InsightsFilter.of(AcademicYear.of(end)));
        List<EvidenceTable> tables = new ArrayList<>(new InsightsTables(dashboard, texts).all());
        tables.add(pitfallTable(pitfalls.indicators(), bundle));
        return tables;
    }

    static EvidenceTable pitfallTable(List<PitfallIndicator> indicators, BundleTexts bundle) {
        List<List<String>> rows = new ArrayList<>();
        for (PitfallIndicator indicator : indicators) {
            rows.add(List.of(bundle.get("pitfalls.name." + indicator.pitfall().name()),
                    bundle.get("pitfalls.state." + indicator.state().name()),
                    bundle.get(indicator.reasonKey(), indicator.argumentArray())));
        }
        return new EvidenceTable(PITFALLS, bundle.get("pitfalls.evidence.title"),
                bundle.get("pitfalls.evidence.description"), List.of(bundle.get("pitfalls.column.indicator"),
                        bundle.get("pitfalls.column.state"), bundle.get("pitfalls.column.why")), rows);
    }
}
