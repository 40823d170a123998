package app.involvement.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The report of one run of the retention job in one provider (DD049).
 *
 * @param counts    per kind, how many partners were erased or records removed
 * @param notErased partners past the period who were not erased, each "partner {id}: reason" (e.g. unpaid claims)
 */
public record RetentionRun(long id, Instant ranAt, LocalDate day, Map<RetentionKind, Integer> counts,
        List<String> notErased) {
}
