package app.involvement.pool;

import java.time.LocalDate;

/**
 * The pool list's filters; {@code null} means "any". {@code lastInvolvedBefore} also matches partners
 * never involved.
 */
public record PoolFilter(String name, PartnerStatus status, PartnerKind kind, Long experienceCategoryId,
        Long activityTypeId, LocalDate lastInvolvedBefore) {

    public static PoolFilter none() {
        return new PoolFilter(null, null, null, null, null, null);
    }
}
