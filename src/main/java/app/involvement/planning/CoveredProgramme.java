package app.involvement.planning;

/** A programme a review covered. */
public record CoveredProgramme(Long id, String name) {
}
