package app.involvement.planning;

/** An objective of the strategy as the lead writes it: what is measured, the target, who owns it, and progress. */
public record ObjectiveInput(String title, String measure, String target, String owner, String progress,
        ObjectiveStatus status) {
}
