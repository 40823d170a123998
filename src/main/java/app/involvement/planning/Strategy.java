package app.involvement.planning;

import java.time.LocalDate;
import java.util.List;

/** The provider's involvement strategy with its objectives (in the order they were added). */
public record Strategy(Long id, String title, String text, String owner, LocalDate startsOn, LocalDate endsOn,
        String updatedBy, List<Objective> objectives) {

    public Strategy {
        objectives = List.copyOf(objectives);
    }

    public StrategyInput input() {
        return new StrategyInput(title, text, owner, startsOn, endsOn);
    }

    public boolean inForceOn(LocalDate day) {
        return !startsOn.isAfter(day) && !endsOn.isBefore(day);
    }
}
