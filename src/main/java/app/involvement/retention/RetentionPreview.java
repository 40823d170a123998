package app.involvement.retention;

import app.involvement.shared.privacy.InactivePartners.InactivePartner;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the daily runs from today until {@code until} will do, as a run on {@code until} would (DD049).
 *
 * @param counts   per kind, how many partners or records go
 * @param partners the first of the partners to be erased, longest inactive first ({@code counts} has them all)
 */
public record RetentionPreview(LocalDate from, LocalDate until, Map<RetentionKind, Long> counts,
        List<InactivePartner> partners) {
}
