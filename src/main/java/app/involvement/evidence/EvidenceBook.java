package app.involvement.evidence;

import app.involvement.shared.Language;
import app.involvement.shared.evidence.EvidencePart;
import app.involvement.shared.evidence.EvidenceTable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A provider's evidence as one reviewer reads it on one day: every part of SET 3.7 and the review cycles, each with
 * the tables every module contributed (an empty list when nothing was), in the reader's language.
 *
 * @param from first day of the period the figures cover
 * @param to   last day of that period (the day it was read)
 */
public record EvidenceBook(ReviewAssignment assignment, Language language, LocalDate readOn, LocalDate from,
        LocalDate to, Map<EvidencePart, List<EvidenceTable>> parts) {

    public EvidenceBook {
        var all = new EnumMap<EvidencePart, List<EvidenceTable>>(EvidencePart.class);
        for (EvidencePart part : EvidencePart.values()) {
            all.put(part, List.copyOf(parts.getOrDefault(part, List.of())));
        }
        parts = Collections.unmodifiableMap(all);
    }

    public List<EvidenceTable> tables(EvidencePart part) {
        return parts.get(part);
    }

    /** Every table in reading order. */
    public List<EvidenceTable> allTables() {
        return parts.values().stream().flatMap(List::stream).toList();
    }
}
