package app.involvement.planning;

import java.time.LocalDate;

/** The involvement strategy as the lead writes it. */
public record StrategyInput(String title, String text, String owner, LocalDate startsOn, LocalDate endsOn) {
}
