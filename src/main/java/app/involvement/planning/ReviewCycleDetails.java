package app.involvement.planning;

import app.involvement.shared.ReviewKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A review cycle with the programmes it covered, its quality activities and referrals. */
public record ReviewCycleDetails(Long id, ReviewKind kind, LocalDate startsOn, LocalDate endsOn, String summary,
        List<CoveredProgramme> programmes, List<QualityActivity> activities, List<Referral> referrals) {

    public ReviewCycleDetails {
        programmes = List.copyOf(programmes);
        activities = List.copyOf(activities);
        referrals = List.copyOf(referrals);
    }

    public ReviewCycleInput input() {
        Set<Long> ids = programmes.stream().map(CoveredProgramme::id).collect(Collectors.toSet());
        return new ReviewCycleInput(kind, startsOn, endsOn, summary, ids);
    }
}
