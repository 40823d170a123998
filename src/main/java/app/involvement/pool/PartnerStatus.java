package app.involvement.pool;

import java.util.Set;

/**
 * Where a partner is in their time with the provider. Resting is a pause without penalty (for example
 * for health reasons); a partner who left may come back as an applicant.
 */
public enum PartnerStatus {
    APPLICANT,
    ACTIVE,
    RESTING,
    LEFT;

    /** The statuses a partner in this status may move to. */
    public Set<PartnerStatus> next() {
        return switch (this) {
            case APPLICANT -> Set.of(ACTIVE, LEFT);
            case ACTIVE -> Set.of(RESTING, LEFT);
            case RESTING -> Set.of(ACTIVE, LEFT);
            case LEFT -> Set.of(APPLICANT, ACTIVE);
        };
    }
}
