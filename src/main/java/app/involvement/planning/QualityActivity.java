package app.involvement.planning;

/** A quality activity as pages show it. */
public record QualityActivity(Long id, String question, String response, String evidencePath,
        ActivityStatus status) {

    public QualityActivityInput input() {
        return new QualityActivityInput(question, response, evidencePath, status);
    }
}
