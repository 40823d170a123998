package app.involvement.shared.evidence;

import java.util.List;

/**
 * A module's contribution to a provider's evidence for the HCPC reviewer. Each module decides what of its own data
 * is evidence and makes it safe to show: aggregated, or with partners only under {@link EvidenceRequest#pseudonym};
 * never contact details, experience categories of individuals or access needs. Implementations are read-only
 * Spring beans, answered in the current provider.
 */
public interface EvidenceSource {

    EvidencePart part();

    /** Place within the part (smaller first). */
    int order();

    List<EvidenceTable> tables(EvidenceRequest request);
}
