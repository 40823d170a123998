package app.involvement.training;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to "is this partner prepared for this activity type on this date?": prepared when no module
 * the type requires is missing; otherwise the gaps say which and why.
 */
public record Preparedness(List<Gap> gaps) {

    public Preparedness {
        gaps = List.copyOf(gaps);
    }

    public boolean prepared() {
        return gaps.isEmpty();
    }

    /** Why a required module does not count on the date asked about. */
    public enum Reason {
        MISSING,
        AWAITING_CONFIRMATION,
        EXPIRED
    }

    /** {@code validUntil} is set for {@link Reason#EXPIRED}: the last day it counted. */
    public record Gap(Long moduleId, String title, Reason reason, LocalDate validUntil) {
    }
}
