package app.involvement.training;

import java.time.LocalDate;

/**
 * An activity type with whether its sessions need a risk assessment and, if it has a current one for
 * the whole type, when that is due for review.
 */
public record ActivityTypeRisk(Long activityTypeId, String name, boolean required, LocalDate currentUntil) {

    public boolean hasCurrent() {
        return currentUntil != null;
    }
}
