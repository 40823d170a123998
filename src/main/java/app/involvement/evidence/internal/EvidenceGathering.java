package app.involvement.evidence.internal;

import app.involvement.evidence.EvidenceBook;
import app.involvement.evidence.EvidenceLimits;
import app.involvement.evidence.ReviewContext;
import app.involvement.shared.Language;
import app.involvement.shared.UkFormats;
import app.involvement.shared.evidence.EvidencePart;
import app.involvement.shared.evidence.EvidenceRequest;
import app.involvement.shared.evidence.EvidenceSource;
import app.involvement.shared.evidence.EvidenceTable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Asks every module's {@link EvidenceSource} for its tables, part by part in the order of {@link EvidencePart} and
 * each source's {@link EvidenceSource#order()}, inside the work {@link app.involvement.evidence.ReviewerAccess#read}
 * runs in the reviewed provider. The period is the {@link EvidenceLimits#PERIOD_MONTHS} months up to today (UK).
 */
@Component
class EvidenceGathering {

    private static final Comparator<EvidenceSource> READING_ORDER = Comparator
            .comparing(EvidenceSource::part).thenComparingInt(EvidenceSource::order)
            .thenComparing(s -> s.getClass().getName());

    private final ObjectProvider<EvidenceSource> sources;
    private final Clock clock;

    EvidenceGathering(ObjectProvider<EvidenceSource> sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    /** Reports progress after each source as the fraction of sources asked. */
    EvidenceBook gather(ReviewContext context, Language language, DoubleConsumer progress) {
        LocalDate today = LocalDate.now(clock.withZone(UkFormats.UK_TIME));
        LocalDate from = today.minusMonths(EvidenceLimits.PERIOD_MONTHS).plusDays(1);
        var request = new EvidenceRequest(language, today, from, today, context.pseudonym());
        List<EvidenceSource> ordered = sources.orderedStream().sorted(READING_ORDER).toList();
        Map<EvidencePart, List<EvidenceTable>> parts = new EnumMap<>(EvidencePart.class);
        int done = 0;
        for (EvidenceSource source : ordered) {
            List<EvidenceTable> tables = source.tables(request);
            parts.computeIfAbsent(source.part(), p -> new ArrayList<>()).addAll(tables);
            progress.accept(++done / (double) ordered.size());
        }
        if (ordered.isEmpty()) {
            progress.accept(1);
        }
        return new EvidenceBook(context.assignment(), language, today, from, today, parts);
    }
}
