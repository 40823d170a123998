package app.involvement.planning;

/**
 * A quality activity: the reviewer's question, the provider's response, evidence linked from the portal (one of
 * {@link ReviewCycles#evidenceLinks()}, or none) and its status.
 */
public record QualityActivityInput(String question, String response, String evidencePath, ActivityStatus status) {
}
