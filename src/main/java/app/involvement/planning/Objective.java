package app.involvement.planning;

/** An objective as pages show it. */
public record Objective(Long id, String title, String measure, String target, String owner, String progress,
        ObjectiveStatus status) {

    public ObjectiveInput input() {
        return new ObjectiveInput(title, measure, target, owner, progress, status);
    }
}
