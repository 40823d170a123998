package app.involvement.availability;

import java.time.LocalDate;

/**
 * An active partner considered for a slot: free, or excluded with the reason. Free candidates come
 * first, least recently involved first, so work is shared fairly.
 */
public record FreeCandidate(Long partnerId, String preferredName, String fullName, String email, String phone,
        LocalDate lastInvolvedOn, Exclusion exclusion) {

    public boolean free() {
        return exclusion == null;
    }

    /** Why a partner is not free for the slot. */
    public enum Exclusion {
        /** An exception says they are unavailable on that date. */
        UNAVAILABLE_ON_DATE,
        /** Their weekly pattern does not include that part of the weekday. */
        NOT_IN_WEEKLY_PATTERN,
        /** Free by their availability, but they hold a place on a session at that time. */
        CLASH
    }
}
