package app.involvement.training;

/** A module as lists show it. */
public record TrainingModuleSummary(Long id, String title, TrainingDelivery delivery, Integer validityMonths) {
}
