package app.involvement.sessions;

import java.time.LocalDate;
import java.util.Set;

/**
 * An active partner considered for a session. Eligible ones come first, fairest first: least recently involved,
 * then fewest sessions this year; the others follow with every reason they are left out.
 */
public record MatchCandidate(Long partnerId, String preferredName, LocalDate lastInvolvedOn, long sessionsThisYear,
        Set<MatchExclusion> exclusions) {

    public MatchCandidate {
        exclusions = Set.copyOf(exclusions);
    }

    public boolean eligible() {
        return exclusions.isEmpty();
    }
}
